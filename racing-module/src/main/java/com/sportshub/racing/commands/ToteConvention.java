package com.sportshub.racing.commands;

import java.math.BigDecimal;

/**
 * How a tote declares its dividends: the unit stake a dividend is quoted for and the step it is
 * rounded down to (the breakage). The rounding and the floors themselves are applied by {@code
 * ToteCalculator}; the sources for each convention are cited there.
 */
public enum ToteConvention {
  /** North American pari-mutuel: paid per $2 ticket, profit per $1 broken down to the dime. */
  US(new BigDecimal("2"), new BigDecimal("0.10")),
  /** Tote UK: a dividend per £1 stake including the stake, rounded down to 10p, with floors. */
  UK(BigDecimal.ONE, new BigDecimal("0.10")),
  /** Australian TABs: a dividend per $1 including the stake, rounded down to 5 cents. */
  AUS(BigDecimal.ONE, new BigDecimal("0.05"));

  private final BigDecimal unitStake;
  private final BigDecimal breakageStep;

  ToteConvention(BigDecimal unitStake, BigDecimal breakageStep) {
    this.unitStake = unitStake;
    this.breakageStep = breakageStep;
  }

  /** The stake a declared dividend is quoted for (2 for US tickets, 1 elsewhere). */
  public BigDecimal unitStake() {
    return unitStake;
  }

  /** The step a dividend per 1 unit of money is rounded down to. */
  public BigDecimal breakageStep() {
    return breakageStep;
  }
}

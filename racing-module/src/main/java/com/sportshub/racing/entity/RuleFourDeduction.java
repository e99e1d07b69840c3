package com.sportshub.racing.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A Tattersalls Rule 4(c) deduction: the fraction of a winning bet's profit the layer keeps after a
 * withdrawal (0.25 is "25p in the pound"). The stake is never touched, only the winnings.
 *
 * @param fraction between 0 and 0.90 inclusive
 */
public record RuleFourDeduction(BigDecimal fraction) {

  // Declared before NONE: the constructor reads it while NONE is built.
  private static final BigDecimal MAXIMUM = new BigDecimal("0.90");

  /** No deduction. */
  public static final RuleFourDeduction NONE = new RuleFourDeduction(BigDecimal.ZERO);

  public RuleFourDeduction {
    Objects.requireNonNull(fraction, "fraction");
    if (fraction.signum() < 0 || fraction.compareTo(MAXIMUM) > 0) {
      throw new IllegalArgumentException("a Rule 4 deduction lies in [0, 0.90]: " + fraction);
    }
  }

  /** The deduction as pence in the pound (25 for 0.25). */
  public BigDecimal pencePerPound() {
    return fraction.movePointRight(2);
  }

  /**
   * The decimal odds a winning bet is settled at once the deduction is taken from its profit:
   * {@code 1 + (odds - 1) * (1 - fraction)}. A 9.0 winner after a 25p deduction pays 7.0 per unit.
   */
  public BigDecimal applyTo(BigDecimal decimalOdds) {
    BigDecimal profit = decimalOdds.subtract(BigDecimal.ONE);
    return BigDecimal.ONE.add(profit.multiply(BigDecimal.ONE.subtract(fraction)));
  }
}

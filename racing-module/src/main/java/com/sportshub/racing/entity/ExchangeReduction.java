package com.sportshub.racing.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exchange-style reduction after one or more non-runners: the percentage by which the whole
 * matched price (stake included) of every bet on the remaining runners is cut. Unlike Rule 4 it is
 * taken from the return, not only from the profit.
 *
 * @param percent between 0 and 100
 */
public record ExchangeReduction(BigDecimal percent) {

  // The exchange's smallest price: a reduced back bet still returns its stake and a little more.
  private static final BigDecimal LOWEST_PRICE = new BigDecimal("1.01");
  // Declared before NONE: the constructor reads it while NONE is built.
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** No reduction. */
  public static final ExchangeReduction NONE = new ExchangeReduction(BigDecimal.ZERO);

  public ExchangeReduction {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("a reduction lies in [0, 100] percent: " + percent);
    }
  }

  /**
   * The matched price after the reduction: {@code odds * (1 - percent / 100)}, rounded half-up to
   * two places as exchange prices are, and never below 1.01. 8.0 reduced by 25% is 6.0.
   */
  public BigDecimal applyTo(BigDecimal decimalOdds) {
    BigDecimal kept = HUNDRED.subtract(percent).movePointLeft(2);
    BigDecimal reduced = decimalOdds.multiply(kept).setScale(2, RoundingMode.HALF_UP);
    return reduced.max(LOWEST_PRICE);
  }
}

package com.sportshub.odds.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Placeholder until the pricing maths lands. */
final class AmericanPrice {
  private AmericanPrice() {}

  static Optional<BigDecimal> toDecimal(BigDecimal american) {
    BigDecimal hundred = BigDecimal.valueOf(100);
    if (american.compareTo(hundred) >= 0) {
      return Optional.of(BigDecimal.ONE.add(american.divide(hundred, 4, RoundingMode.HALF_UP)));
    }
    if (american.compareTo(hundred.negate()) <= 0) {
      return Optional.of(BigDecimal.ONE.add(hundred.divide(american.negate(), 4, RoundingMode.HALF_UP)));
    }
    return Optional.empty();
  }
}

package com.sportshub.racing.control;

import com.sportshub.racing.commands.ToteConvention;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Turns a calculated dividend per 1 unit of money (given as an exact fraction, so that rounding
 * down never suffers from an earlier rounding) into the dividend a convention declares.
 */
final class DividendDeclaration {

  private static final BigDecimal US_MINIMUM = new BigDecimal("2.10");
  private static final BigDecimal AUS_MINIMUM = new BigDecimal("1.00");
  // Tote UK totewin rules: above 90p and below £1.10 pays £1.10; 90p or below pays £1.02.
  private static final BigDecimal UK_LOW = new BigDecimal("0.90");
  private static final BigDecimal UK_FLOOR = new BigDecimal("1.10");
  private static final BigDecimal UK_DEFICIT = new BigDecimal("1.02");
  // Totewin rule (iii): in a dead heat for first, 60p or below pays 60p.
  private static final BigDecimal UK_DEAD_HEAT = new BigDecimal("0.60");

  private final ToteConvention convention;
  private final BigDecimal minimumPayout;

  DividendDeclaration(ToteConvention convention, BigDecimal minimumPayout) {
    this.convention = Objects.requireNonNull(convention, "convention");
    if (convention == ToteConvention.UK && minimumPayout != null) {
      throw new IllegalArgumentException("Tote UK's floors are fixed by its rules");
    }
    if (convention != ToteConvention.UK && (minimumPayout == null || minimumPayout.signum() < 0)) {
      throw new IllegalArgumentException("a minimum payout of zero or more is needed");
    }
    this.minimumPayout = minimumPayout;
  }

  static BigDecimal defaultMinimum(ToteConvention convention) {
    return switch (convention) {
      case US -> US_MINIMUM;
      case AUS -> AUS_MINIMUM;
      case UK -> null;
    };
  }

  /**
   * The declared dividend per unit stake for a calculated dividend of numerator / denominator;
   * {@code deadHeatForWin} when it is one of several winners' in a dead heat for first.
   */
  BigDecimal declare(BigDecimal numerator, BigDecimal denominator, boolean deadHeatForWin) {
    BigDecimal broken =
        ToteCalculator.floorTo(numerator, denominator, convention.breakageStep())
            .multiply(convention.unitStake());
    if (convention != ToteConvention.UK) {
      return broken.max(minimumPayout);
    }
    if (deadHeatForWin && numerator.compareTo(UK_DEAD_HEAT.multiply(denominator)) <= 0) {
      return UK_DEAD_HEAT;
    }
    if (numerator.compareTo(UK_LOW.multiply(denominator)) <= 0) {
      return UK_DEFICIT;
    }
    return broken.max(UK_FLOOR);
  }
}

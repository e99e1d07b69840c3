package com.sportshub.odds.control.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fractional (UK) price: profit {@code numerator} for a stake of {@code denominator}, so 5/2 is
 * decimal 3.50. Kept as written: parsing "4/6" does not reduce it to 2/3.
 */
public record Fraction(long numerator, long denominator) {

  /** Decimal prices within this distance of a traditional fraction are shown as that fraction. */
  static final BigDecimal TRADITIONAL_TOLERANCE = new BigDecimal("0.005");

  private static final int MAX_DENOMINATOR = 100;
  private static final Pattern FORM = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
  private static final List<String> EVENS = List.of("evens", "evs", "even", "ev");

  // Traditional UK prices. 4/6 and 6/4 are kept unreduced because that is how every
  // bookmaker prints them; all others are already in lowest terms.
  private static final String TRADITIONAL_TABLE =
      "1/20 1/16 1/14 1/12 1/10 1/9 1/8 1/7 1/6 1/5 2/9 1/4 2/7 3/10 1/3 4/11 2/5 4/9 1/2 8/15 4/7"
          + " 8/13 4/6 8/11 4/5 5/6 10/11 1/1 11/10 6/5 5/4 11/8 7/5 6/4 8/5 13/8 7/4 15/8 2/1 9/4"
          + " 5/2 11/4 3/1 10/3 7/2 4/1 9/2 5/1 11/2 6/1 13/2 7/1 15/2 8/1 17/2 9/1 10/1 11/1 12/1"
          + " 14/1 16/1 18/1 20/1 25/1 33/1 40/1 50/1 66/1 80/1 100/1 150/1 200/1 250/1 500/1 1000/1";

  private static final List<Fraction> TRADITIONAL =
      Arrays.stream(TRADITIONAL_TABLE.split(" ")).map(Fraction::parse).toList();

  public Fraction {
    if (denominator == 0) {
      throw new IllegalArgumentException("fractional price has a zero denominator");
    }
    if (numerator <= 0 || denominator < 0) {
      throw new IllegalArgumentException(
          "fractional price must be positive, was " + numerator + "/" + denominator);
    }
  }

  /** Parses "5/2", "1/1" or "evens" (also "evs"); case and spaces around the slash ignored. */
  public static Fraction parse(String text) {
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    if (EVENS.contains(trimmed)) {
      return new Fraction(1, 1);
    }
    Matcher m = FORM.matcher(trimmed);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a fractional price: '" + text + "'");
    }
    try {
      return new Fraction(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("fractional price too large: '" + text + "'", e);
    }
  }

  /**
   * The fraction shown for a decimal price: the nearest traditional fraction when one lies within
   * 0.005, else the closest fraction with a denominator of at most 100, in lowest terms (exact for
   * prices quoted to two decimals). The profit never rounds down to 0: at least 1/100.
   */
  public static Fraction ofDecimal(BigDecimal decimal) {
    BigDecimal profit = DecimalOdds.requireValid(decimal).subtract(BigDecimal.ONE);
    Fraction nearest = null;
    BigDecimal nearestError = null;
    for (Fraction f : TRADITIONAL) {
      BigDecimal error = f.distanceTo(profit);
      if (error.compareTo(TRADITIONAL_TOLERANCE) <= 0
          && (nearest == null || error.compareTo(nearestError) < 0)) {
        nearest = f;
        nearestError = error;
      }
    }
    return nearest != null ? nearest : closestRational(profit);
  }

  // Smallest denominators first and only strictly better errors replace, so an exact
  // fraction is found in lowest terms.
  private static Fraction closestRational(BigDecimal profit) {
    Fraction best = null;
    BigDecimal bestError = null;
    for (long d = 1; d <= MAX_DENOMINATOR; d++) {
      long n =
          Math.max(
              1,
              profit.multiply(BigDecimal.valueOf(d)).setScale(0, RoundingMode.HALF_UP).longValue());
      Fraction candidate = new Fraction(n, d);
      BigDecimal error = candidate.distanceTo(profit);
      if (best == null || error.compareTo(bestError) < 0) {
        best = candidate;
        bestError = error;
      }
    }
    return best;
  }

  private BigDecimal distanceTo(BigDecimal profit) {
    return profit
        .multiply(BigDecimal.valueOf(denominator))
        .subtract(BigDecimal.valueOf(numerator))
        .abs()
        .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
  }

  /** 1 + numerator / denominator, to {@value DecimalOdds#SCALE} places (HALF_UP). */
  public BigDecimal toDecimal() {
    return DecimalOdds.rounded(
        BigDecimal.ONE.add(
            BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64)));
  }

  /** "numerator/denominator", evens included ("1/1"). */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}

package com.sportshub.odds.control.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An American (moneyline) price: +150 wins 150 for a stake of 100, -200 needs a stake of 200 to win
 * 100. Values between -100 and +100 (exclusive) mean nothing; +100 and -100 both stand for decimal
 * 2.00, which this class shows as +100. Whole numbers only.
 */
public record AmericanOdds(long value) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern FORM = Pattern.compile("[+-]?\\d{1,18}");

  public AmericanOdds {
    if (value > -100 && value < 100) {
      throw new IllegalArgumentException(
          "American price must be +100 or more, or -100 or less, was " + value);
    }
  }

  /** Parses "+150", "150" or "-200". */
  public static AmericanOdds parse(String text) {
    String trimmed = text.trim();
    if (!FORM.matcher(trimmed).matches()) {
      throw new IllegalArgumentException("not an American price: '" + text + "'");
    }
    return new AmericanOdds(Long.parseLong(trimmed));
  }

  /**
   * The American price of a decimal price: +100 × (decimal − 1) from 2.00 up, else −100 / (decimal
   * − 1); rounded to a whole number HALF_UP (halves away from zero, so -109.5 becomes -110).
   */
  public static AmericanOdds ofDecimal(BigDecimal decimal) {
    BigDecimal profit = DecimalOdds.requireValid(decimal).subtract(BigDecimal.ONE);
    BigDecimal american =
        profit.compareTo(BigDecimal.ONE) >= 0
            ? profit.multiply(HUNDRED)
            : HUNDRED.divide(profit, MathContext.DECIMAL64).negate();
    return new AmericanOdds(american.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  /**
   * 1 + value / 100 when positive, 1 + 100 / |value| when negative; {@value DecimalOdds#SCALE}
   * places.
   */
  public BigDecimal toDecimal() {
    BigDecimal v = BigDecimal.valueOf(value);
    BigDecimal profit =
        value > 0
            ? v.divide(HUNDRED, MathContext.DECIMAL64)
            : HUNDRED.divide(v.negate(), MathContext.DECIMAL64);
    return DecimalOdds.rounded(BigDecimal.ONE.add(profit));
  }

  /** "+150" or "-200". */
  @Override
  public String toString() {
    return value > 0 ? "+" + value : Long.toString(value);
  }
}

package com.sportshub.racing.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three ways a fixed-odds price is written, read into and shown from one decimal price (the
 * return per unit staked, stake included), which is what the hub stores, at four places.
 *
 * <ul>
 *   <li>Decimal: "3.5".
 *   <li>Fractional: profit over stake, "5/2" (also "5-2"), "evens"; shown as the nearest
 *       traditional price ({@link TraditionalPrices}), the way a course bookmaker chalks it up.
 *   <li>American (moneyline): "+250" is the profit on 100 staked, "-200" the stake that wins 100.
 * </ul>
 */
public enum PriceNotation {
  DECIMAL,
  FRACTIONAL,
  AMERICAN;

  /** The longest price taken: 1000/1. */
  public static final BigDecimal LONGEST = new BigDecimal("1001");

  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final Pattern FRACTION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[/-]\\s*(\\d+)");
  private static final Pattern MONEYLINE = Pattern.compile("[+-]\\d+(?:\\.\\d+)?");

  /** The notation named {@code decimal}, {@code fractional} or {@code american} (any case). */
  public static PriceNotation named(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * The notation a price written without one is in: a fraction or "evens" is fractional, a signed
   * number American, anything else decimal.
   */
  public static PriceNotation of(String text) {
    String t = text.trim();
    if (FRACTION.matcher(t).matches() || isEvens(t)) {
      return FRACTIONAL;
    }
    return MONEYLINE.matcher(t).matches() ? AMERICAN : DECIMAL;
  }

  /**
   * The decimal price of the text, at four places.
   *
   * @throws IllegalArgumentException naming what is wrong, when the text is not a price in this
   *     notation or lies outside (1, 1001]
   */
  public BigDecimal parse(String text) {
    BigDecimal decimal =
        switch (this) {
          case DECIMAL -> number(text.trim());
          case FRACTIONAL -> fractional(text.trim());
          case AMERICAN -> american(text.trim());
        };
    if (decimal.compareTo(BigDecimal.ONE) <= 0 || decimal.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("must be a price above evens-money 1.0 and up to 1000/1");
    }
    return decimal.setScale(4, RoundingMode.HALF_UP);
  }

  /** The decimal price shown in this notation: "3.50", "5/2", "+250". */
  public String show(BigDecimal decimal) {
    return switch (this) {
      case DECIMAL -> decimal.setScale(2, RoundingMode.HALF_UP).toPlainString();
      case FRACTIONAL -> TraditionalPrices.nearest(decimal);
      case AMERICAN -> moneyline(decimal);
    };
  }

  private static BigDecimal fractional(String text) {
    if (isEvens(text)) {
      return new BigDecimal(2);
    }
    Matcher m = FRACTION.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("must be a fraction such as 5/2, or evens");
    }
    BigDecimal denominator = new BigDecimal(m.group(2));
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException("has a denominator of 0");
    }
    return BigDecimal.ONE.add(
        new BigDecimal(m.group(1)).divide(denominator, MathContext.DECIMAL64));
  }

  private static BigDecimal american(String text) {
    BigDecimal line = number(text.startsWith("+") ? text.substring(1) : text);
    if (line.abs().compareTo(HUNDRED) < 0) {
      throw new IllegalArgumentException(
          "must be an American price of +100 or more, or -100 or less");
    }
    return line.signum() > 0
        ? BigDecimal.ONE.add(line.divide(HUNDRED, MathContext.DECIMAL64))
        : BigDecimal.ONE.add(HUNDRED.divide(line.negate(), MathContext.DECIMAL64));
  }

  private static String moneyline(BigDecimal decimal) {
    BigDecimal profit = decimal.subtract(BigDecimal.ONE);
    if (profit.compareTo(BigDecimal.ONE) >= 0) {
      return "+" + profit.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
    return "-" + HUNDRED.divide(profit, 0, RoundingMode.HALF_UP).toPlainString();
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a number");
    }
  }

  private static boolean isEvens(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.equals("evens") || t.equals("evs") || t.equals("even");
  }
}

package com.sportshub.odds.control.pricing;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The ways a price is written for people. Each parses its own notation to a decimal price and
 * formats a decimal price in its notation; the decimal price is what the hub stores.
 */
public enum PriceFormat {
  /** "2.50". Formatted with at least two decimals and never rounded. */
  DECIMAL {
    @Override
    public BigDecimal parse(String text) {
      return DecimalOdds.parse(text);
    }

    @Override
    public String format(BigDecimal decimal) {
      BigDecimal stripped = DecimalOdds.requireValid(decimal).stripTrailingZeros();
      return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }
  },
  /** "5/2"; 1/1 is formatted "evens". See {@link Fraction#ofDecimal} for the choice of fraction. */
  FRACTIONAL {
    @Override
    public BigDecimal parse(String text) {
      return Fraction.parse(text).toDecimal();
    }

    @Override
    public String format(BigDecimal decimal) {
      Fraction fraction = Fraction.ofDecimal(decimal);
      return fraction.numerator() == fraction.denominator() ? "evens" : fraction.toString();
    }
  },
  /** "+150" / "-200". See {@link AmericanOdds#ofDecimal} for rounding. */
  AMERICAN {
    @Override
    public BigDecimal parse(String text) {
      return AmericanOdds.parse(text).toDecimal();
    }

    @Override
    public String format(BigDecimal decimal) {
      return AmericanOdds.ofDecimal(decimal).toString();
    }
  };

  /** The decimal price the text stands for; IllegalArgumentException naming what is wrong. */
  public abstract BigDecimal parse(String text);

  /** The decimal price written in this format. */
  public abstract String format(BigDecimal decimal);

  /**
   * The format text is written in: a slash or "evens"/"evs" is fractional, a leading sign is
   * American, anything else decimal (so an unsigned "150" is decimal 150.00, not +150).
   */
  public static PriceFormat of(String text) {
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    if (trimmed.contains("/") || trimmed.startsWith("ev")) {
      return FRACTIONAL;
    }
    if (trimmed.startsWith("+") || trimmed.startsWith("-")) {
      return AMERICAN;
    }
    return DECIMAL;
  }

  /** Parses text in whichever format it is written ({@link #of}). */
  public static BigDecimal parseAny(String text) {
    return of(text).parse(text);
  }
}

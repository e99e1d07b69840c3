package com.sportshub.odds.control.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Decimal (European) prices: the one format the hub stores and computes with. A decimal price is
 * the total return per unit staked, so it must exceed 1; its implied probability is 1 / price.
 *
 * <p>Prices converted from another format keep {@value #SCALE} decimal places (HALF_UP) with
 * trailing zeros dropped down to two places: enough that converting back gives the same fraction or
 * American number (10/11 → 1.9091 → 10/11; -110 → 1.9091 → -110).
 */
public final class DecimalOdds {

  /** Decimal places kept by prices converted from fractional or American odds. */
  public static final int SCALE = 4;

  private DecimalOdds() {}

  /** Parses a decimal price such as "2.50"; rejects text that is no number or not above 1. */
  public static BigDecimal parse(String text) {
    try {
      return requireValid(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal price: '" + text + "'", e);
    }
  }

  /** Returns the price when it exceeds 1, else throws naming the problem. */
  public static BigDecimal requireValid(BigDecimal decimal) {
    if (decimal == null) {
      throw new IllegalArgumentException("decimal price is missing");
    }
    if (decimal.compareTo(BigDecimal.ONE) <= 0) {
      throw new IllegalArgumentException("decimal price must be greater than 1, was " + decimal);
    }
    return decimal;
  }

  /** Returns the price when it is a finite number above 1, else throws naming the problem. */
  public static double requireValid(double decimal) {
    if (Double.isNaN(decimal) || Double.isInfinite(decimal)) {
      throw new IllegalArgumentException("decimal price is not a finite number: " + decimal);
    }
    if (decimal <= 1) {
      throw new IllegalArgumentException("decimal price must be greater than 1, was " + decimal);
    }
    return decimal;
  }

  /** 1 / price: the probability the price stands for, margin included. */
  public static double impliedProbability(BigDecimal decimal) {
    return 1 / requireValid(decimal).doubleValue();
  }

  /** 1 / price: the probability the price stands for, margin included. */
  public static double impliedProbability(double decimal) {
    return 1 / requireValid(decimal);
  }

  /** The implied probabilities of a book's prices; a book needs at least one price. */
  static double[] impliedProbabilities(double... decimalPrices) {
    if (decimalPrices.length == 0) {
      throw new IllegalArgumentException("a book needs at least one price");
    }
    double[] implied = new double[decimalPrices.length];
    for (int i = 0; i < implied.length; i++) {
      implied[i] = impliedProbability(decimalPrices[i]);
    }
    return implied;
  }

  static double[] toDoubles(Collection<BigDecimal> decimalPrices) {
    return decimalPrices.stream().mapToDouble(d -> requireValid(d).doubleValue()).toArray();
  }

  /** Rounds a converted price to {@value #SCALE} places, keeping at least two. */
  static BigDecimal rounded(BigDecimal decimal) {
    BigDecimal stripped = decimal.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
  }
}

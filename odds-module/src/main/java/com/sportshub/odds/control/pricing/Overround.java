package com.sportshub.odds.control.pricing;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The overround of one bookmaker's complete book: the sum of its implied probabilities minus 1.
 * 0.05 means the book adds up to 105%; a negative value means it adds up to less than 100%.
 */
public final class Overround {

  private Overround() {}

  public static double of(double... decimalPrices) {
    double sum = 0;
    for (double p : DecimalOdds.impliedProbabilities(decimalPrices)) {
      sum += p;
    }
    return sum - 1;
  }

  public static double of(Collection<BigDecimal> decimalPrices) {
    return of(DecimalOdds.toDoubles(decimalPrices));
  }
}

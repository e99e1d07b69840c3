package com.sportshub.racing.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The fractional prices British bookmakers quote, shortest first: not every fraction, but the
 * ladder a price moves along (10/11, evens, 11/10, 6/5, 5/4, 11/8, 6/4...). Some stay unreduced by
 * custom (4/6, 6/4, 85/40). A decimal price is shown as the nearest of them; beyond the ladder's
 * ends, as 1/n or n/1.
 */
public final class TraditionalPrices {

  private static final String[] LADDER = {
    "1/10", "1/9", "1/8", "2/15", "1/7", "2/13", "1/6", "2/11", "1/5", "2/9", "1/4", "2/7", "3/10",
    "1/3", "4/11", "3/8", "2/5", "4/9", "1/2", "8/15", "4/7", "8/13", "4/6", "8/11", "4/5", "5/6",
    "10/11", "evens", "21/20", "11/10", "6/5", "5/4", "11/8", "6/4", "13/8", "7/4", "15/8", "2/1",
    "85/40", "9/4", "5/2", "11/4", "3/1", "10/3", "7/2", "4/1", "9/2", "5/1", "11/2", "6/1", "13/2",
    "7/1", "15/2", "8/1", "17/2", "9/1", "10/1", "11/1", "12/1", "14/1", "16/1", "18/1", "20/1",
    "22/1", "25/1", "28/1", "33/1", "40/1", "50/1", "66/1", "80/1", "100/1", "125/1", "150/1",
    "200/1", "250/1", "300/1", "400/1", "500/1", "1000/1"
  };

  private static final List<BigDecimal> DECIMALS = new ArrayList<>();

  static {
    for (String price : LADDER) {
      DECIMALS.add(PriceNotation.FRACTIONAL.parse(price));
    }
  }

  private TraditionalPrices() {}

  /** The ladder's price at a step (0 is the shortest, 1/10). */
  public static String at(int step) {
    return LADDER[step];
  }

  /** The step nearest to a decimal price; of two equally near, the shorter. */
  public static int stepOf(BigDecimal decimal) {
    int best = 0;
    for (int i = 1; i < DECIMALS.size(); i++) {
      if (DECIMALS
              .get(i)
              .subtract(decimal)
              .abs()
              .compareTo(DECIMALS.get(best).subtract(decimal).abs())
          < 0) {
        best = i;
      }
    }
    return best;
  }

  /** The decimal price as the nearest traditional price, or as 1/n or n/1 beyond the ladder. */
  public static String nearest(BigDecimal decimal) {
    BigDecimal profit = decimal.subtract(BigDecimal.ONE);
    if (decimal.compareTo(DECIMALS.get(0)) < 0) {
      return "1/"
          + BigDecimal.ONE.divide(profit, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP);
    }
    if (decimal.compareTo(DECIMALS.get(DECIMALS.size() - 1)) > 0) {
      return profit.setScale(0, RoundingMode.HALF_UP) + "/1";
    }
    return LADDER[stepOf(decimal)];
  }
}

package com.sportshub.racing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a British race card writes distances and weights. A distance is miles, furlongs and yards
 * ("2m4f", "1m2f110y", "5f"): a furlong is 220 yards, a mile 8 furlongs, a yard 0.9144 m exactly. A
 * weight is stones and pounds ("11-7"): a stone is 14 lb.
 */
public final class CardText {

  private static final BigDecimal METRES_PER_YARD = new BigDecimal("0.9144");

  private CardText() {}

  /** The distance in metres as the card writes it, to the nearest yard. */
  public static String distance(int metres) {
    int yards =
        BigDecimal.valueOf(metres).divide(METRES_PER_YARD, 0, RoundingMode.HALF_UP).intValue();
    int miles = yards / 1760;
    int furlongs = yards % 1760 / 220;
    int rest = yards % 220;
    StringBuilder text = new StringBuilder();
    if (miles > 0) {
      text.append(miles).append('m');
    }
    if (furlongs > 0) {
      text.append(furlongs).append('f');
    }
    if (rest > 0 || text.length() == 0) {
      text.append(rest).append('y');
    }
    return text.toString();
  }

  /** The weight in pounds as stones-pounds; null stays null. */
  public static String weight(Integer pounds) {
    return pounds == null ? null : pounds / 14 + "-" + pounds % 14;
  }
}

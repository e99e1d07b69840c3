package com.sportshub.racing.query;

import java.math.BigDecimal;

/**
 * A finisher: position, cloth, horse, the distance to the one in front ("nk", "1 1/4"), its
 * starting price, the tote dividends it pays (approximate until the result is official) and its
 * dead heat (null when it shares its position with no other).
 */
public record PlacingView(
    int position,
    int cloth,
    String horse,
    String distance,
    BigDecimal startingPrice,
    BigDecimal winDividend,
    BigDecimal placeDividend,
    DeadHeatView deadHeat) {}

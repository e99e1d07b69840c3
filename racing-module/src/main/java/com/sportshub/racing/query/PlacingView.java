package com.sportshub.racing.query;

import java.math.BigDecimal;

/**
 * A finisher: position, cloth, horse, the distance to the one in front ("nk", "1 1/4"), its
 * starting price and the tote dividends it pays (approximate until the result is official).
 */
public record PlacingView(
    int position,
    int cloth,
    String horse,
    String distance,
    BigDecimal startingPrice,
    BigDecimal winDividend,
    BigDecimal placeDividend) {}

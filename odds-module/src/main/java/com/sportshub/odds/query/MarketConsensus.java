package com.sportshub.odds.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * The consensus ("hybrid") prices of one market line of an event. {@code arbitrage} is true when
 * backing every outcome at its best price returns more than the stakes: {@code bestBookSum}, the
 * sum of the best prices' implied probabilities, is below 1.
 */
public record MarketConsensus(
    String market,
    BigDecimal point,
    boolean arbitrage,
    BigDecimal bestBookSum,
    List<ConsensusPrice> outcomes) {

  public MarketConsensus {
    outcomes = List.copyOf(outcomes);
  }

  /** Identifies the line within its event: the market, and the point for spreads and totals. */
  public String key() {
    return point == null ? market : market + "/" + point.stripTrailingZeros().toPlainString();
  }
}

package com.sportshub.odds.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * The market's view of one outcome across bookmakers: the best price and where, the average and
 * median, the margin-free fair price, how many bookmakers priced it, and {@code steam}
 * ("shortening", "drifting" or null) when enough bookmakers moved it the same way lately.
 */
public record ConsensusPrice(
    String outcome,
    BigDecimal best,
    List<String> bestAt,
    BigDecimal average,
    BigDecimal median,
    BigDecimal fair,
    int bookmakers,
    String steam) {

  public ConsensusPrice {
    bestAt = List.copyOf(bestAt);
  }
}

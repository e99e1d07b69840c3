package com.sportshub.odds.control.pricing;

import java.util.List;

/**
 * The consensus over bookmakers for one market line.
 *
 * @param outcomes one entry per outcome any bookmaker quotes, in order of first appearance when the
 *     bookmakers are read by key in alphabetical order and each book in its own iteration order
 *     (pass ordered maps for a stable order)
 * @param arbitrage true when backing every outcome at its best price guarantees a profit: the line
 *     has two or more outcomes and {@code bestBookSum} is below 1
 * @param bestBookSum Σ 1 / best price over the outcomes; 0 for a line without outcomes
 */
public record ConsensusLine(
    List<OutcomeConsensus> outcomes, boolean arbitrage, double bestBookSum) {

  public ConsensusLine {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * 1 − bestBookSum: positive when there is an arbitrage (0.02 for a best book summing to 98%).
   * Stakes proportional to 1 / best price then return 1 / bestBookSum − 1 of the total staked.
   */
  public double arbitrageMargin() {
    return 1 - bestBookSum;
  }
}

package com.sportshub.odds.control.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the bookmakers together say about one outcome of one market line.
 *
 * @param outcome the outcome's name
 * @param best the highest decimal price quoted, exactly as quoted
 * @param bestAt every bookmaker quoting the best price, by key in alphabetical order
 * @param average the mean of the quoted prices, 3 decimals HALF_UP
 * @param median the median of the quoted prices (mean of the middle two for an even count), 3
 *     decimals HALF_UP
 * @param fair 1 / the mean of the margin-free probabilities of the bookmakers with a complete book,
 *     3 decimals HALF_UP; null when no bookmaker has a complete book or the mean is 0 (possible
 *     only with {@link MarginMethod#ADDITIVE})
 * @param bookmakers how many bookmakers quote this outcome, complete book or not
 */
public record OutcomeConsensus(
    String outcome,
    BigDecimal best,
    List<String> bestAt,
    BigDecimal average,
    BigDecimal median,
    BigDecimal fair,
    int bookmakers) {

  public OutcomeConsensus {
    bestAt = List.copyOf(bestAt);
  }
}

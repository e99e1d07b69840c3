package com.sportshub.odds.control.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The consensus over bookmakers for one market line (one market, one line for spreads and totals):
 * per outcome the best, average, median and fair price, and whether the best prices together make
 * an arbitrage. Best, average and median use every quoted price. The fair price uses only
 * bookmakers quoting every outcome of the line (a complete book; completeness is judged against the
 * outcomes any bookmaker quotes), because the margin can only be taken out of a whole book. Users
 * see prices rounded to {@value #SCALE} decimals, HALF_UP.
 */
public final class Consensus {

  /** Decimal places of the average, median and fair prices. */
  public static final int SCALE = 3;

  private Consensus() {}

  /** The consensus with the margin removed by {@link MarginMethod#DEFAULT}. */
  public static ConsensusLine of(Map<String, ? extends Map<String, BigDecimal>> books) {
    return of(books, MarginMethod.DEFAULT);
  }

  /**
   * @param books bookmaker key → outcome name → decimal price (each above 1)
   * @param method how each complete book's margin is removed before the fair probabilities are
   *     averaged
   */
  public static ConsensusLine of(
      Map<String, ? extends Map<String, BigDecimal>> books, MarginMethod method) {
    TreeMap<String, Map<String, BigDecimal>> byKey = new TreeMap<>(books);
    List<String> outcomes = outcomesOf(byKey);
    double[] fair = meanFairProbabilities(byKey, outcomes, method);
    List<OutcomeConsensus> lines = new ArrayList<>();
    double bestBookSum = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      OutcomeConsensus line = outcome(outcomes.get(i), byKey, fair == null ? 0 : fair[i]);
      lines.add(line);
      bestBookSum += 1 / line.best().doubleValue();
    }
    return new ConsensusLine(lines, outcomes.size() >= 2 && bestBookSum < 1, bestBookSum);
  }

  private static List<String> outcomesOf(Map<String, Map<String, BigDecimal>> byKey) {
    Set<String> outcomes = new LinkedHashSet<>();
    byKey.values().forEach(book -> outcomes.addAll(book.keySet()));
    return List.copyOf(outcomes);
  }

  // Null when no bookmaker quotes every outcome.
  private static double[] meanFairProbabilities(
      Map<String, Map<String, BigDecimal>> byKey, List<String> outcomes, MarginMethod method) {
    double[] sum = new double[outcomes.size()];
    int complete = 0;
    for (Map<String, BigDecimal> book : byKey.values()) {
      if (book.isEmpty() || !book.keySet().containsAll(outcomes)) {
        continue;
      }
      double[] fair = method.fairProbabilities(outcomes.stream().map(book::get).toList());
      for (int i = 0; i < sum.length; i++) {
        sum[i] += fair[i];
      }
      complete++;
    }
    if (complete == 0) {
      return null;
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= complete;
    }
    return sum;
  }

  private static OutcomeConsensus outcome(
      String outcome, Map<String, Map<String, BigDecimal>> byKey, double fairProbability) {
    List<String> quoting = new ArrayList<>();
    List<BigDecimal> prices = new ArrayList<>();
    byKey.forEach(
        (bookmaker, book) -> {
          if (book.containsKey(outcome)) {
            quoting.add(bookmaker);
            prices.add(DecimalOdds.requireValid(book.get(outcome)));
          }
        });
    BigDecimal best = prices.stream().max(Comparator.naturalOrder()).orElseThrow();
    List<String> bestAt = new ArrayList<>();
    for (int i = 0; i < prices.size(); i++) {
      if (prices.get(i).compareTo(best) == 0) {
        bestAt.add(quoting.get(i));
      }
    }
    BigDecimal fair =
        fairProbability > 0
            ? BigDecimal.valueOf(1 / fairProbability).setScale(SCALE, RoundingMode.HALF_UP)
            : null;
    return new OutcomeConsensus(
        outcome, best, bestAt, average(prices), median(prices), fair, prices.size());
  }

  private static BigDecimal average(List<BigDecimal> prices) {
    BigDecimal sum = prices.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(prices.size()), SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal median(List<BigDecimal> prices) {
    List<BigDecimal> sorted = prices.stream().sorted().toList();
    int middle = sorted.size() / 2;
    BigDecimal median =
        sorted.size() % 2 == 1
            ? sorted.get(middle)
            : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
    return median.setScale(SCALE, RoundingMode.HALF_UP);
  }
}

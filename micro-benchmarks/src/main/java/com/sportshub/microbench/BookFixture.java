package com.sportshub.microbench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Head-to-head books of a football match as bookmakers quote them: three outcomes, two-decimal
 * prices, each bookmaker with its own margin (2-8%), prices drifting a little with each step.
 */
final class BookFixture {

  static final List<String> OUTCOMES = List.of("Arsenal", "Draw", "Chelsea");

  private static final double[] TRUE_PROBABILITIES = {0.46, 0.27, 0.27};
  private static final List<String> BOOKMAKERS =
      List.of(
          "bet365",
          "williamhill",
          "unibet",
          "pinnacle",
          "betfair_ex",
          "paddypower",
          "skybet",
          "ladbrokes",
          "coral",
          "betway");

  private BookFixture() {}

  static String bookmaker(int index) {
    return BOOKMAKERS.get(index);
  }

  /** Bookmaker key → outcome → decimal price, ordered as EventConsensus passes them. */
  static Map<String, Map<String, BigDecimal>> h2h(int bookmakers, int step) {
    Map<String, Map<String, BigDecimal>> books = new TreeMap<>();
    for (int b = 0; b < bookmakers; b++) {
      Map<String, BigDecimal> book = new TreeMap<>();
      for (int o = 0; o < OUTCOMES.size(); o++) {
        book.put(OUTCOMES.get(o), price(b, o, step));
      }
      books.put(bookmaker(b), book);
    }
    return books;
  }

  static BigDecimal price(int bookmaker, int outcome, int step) {
    double margin = 0.02 + 0.006 * bookmaker;
    double drift = 0.004 * (((bookmaker + outcome + step) % 5) - 2);
    double implied = TRUE_PROBABILITIES[outcome] * (1 + margin) + drift;
    return BigDecimal.valueOf(1 / implied).setScale(2, RoundingMode.HALF_UP);
  }
}

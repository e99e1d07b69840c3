package com.sportshub.odds.control.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsensusTest {

  private static Map<String, BigDecimal> book(Object... outcomeThenPrice) {
    Map<String, BigDecimal> book = new LinkedHashMap<>();
    for (int i = 0; i < outcomeThenPrice.length; i += 2) {
      book.put((String) outcomeThenPrice[i], new BigDecimal((String) outcomeThenPrice[i + 1]));
    }
    return book;
  }

  private static final Map<String, BigDecimal> A =
      book("Home", "2.10", "Draw", "3.40", "Away", "3.60");
  private static final Map<String, BigDecimal> B =
      book("Home", "2.00", "Draw", "3.50", "Away", "3.80");
  private static final Map<String, BigDecimal> C =
      book("Home", "2.20", "Draw", "3.30", "Away", "3.40");

  private static OutcomeConsensus outcome(ConsensusLine line, String name) {
    return line.outcomes().stream().filter(o -> o.outcome().equals(name)).findFirst().orElseThrow();
  }

  private static void assertPrice(String expected, BigDecimal actual) {
    assertEquals(new BigDecimal(expected), actual);
  }

  @Test
  void findsTheBestPriceOfEachOutcomeAndWhoOffersIt() {
    ConsensusLine line = Consensus.of(Map.of("a", A, "b", B, "c", C));

    assertEquals(
        List.of("Home", "Draw", "Away"),
        line.outcomes().stream().map(OutcomeConsensus::outcome).toList());
    assertPrice("2.20", outcome(line, "Home").best());
    assertEquals(List.of("c"), outcome(line, "Home").bestAt());
    assertPrice("3.50", outcome(line, "Draw").best());
    assertEquals(List.of("b"), outcome(line, "Draw").bestAt());
    assertEquals(List.of("b"), outcome(line, "Away").bestAt());
  }

  @Test
  void averagesAndMediansThePricesToThreePlaces() {
    // Worked by hand: Home (2.10 + 2.00 + 2.20) / 3 = 2.100, median 2.10;
    // Away (3.60 + 3.80 + 3.40) / 3 = 3.600, median 3.60.
    ConsensusLine line = Consensus.of(Map.of("a", A, "b", B, "c", C));

    assertPrice("2.100", outcome(line, "Home").average());
    assertPrice("2.100", outcome(line, "Home").median());
    assertPrice("3.600", outcome(line, "Away").average());
    assertEquals(3, outcome(line, "Away").bookmakers());
  }

  @Test
  void roundsTheAverageHalfUpAndTakesTheMeanOfTheMiddleTwoAsAnEvenMedian() {
    // Worked by hand: (2.00 + 2.01 + 2.01 + 2.20) / 4 = 8.22 / 4 = 2.055 exactly → 2.055;
    // median (2.01 + 2.01) / 2 = 2.010. Then (2.00 + 2.01 + 2.01) / 3 = 2.006666… → 2.007.
    Map<String, Map<String, BigDecimal>> four =
        Map.of(
            "a", book("Yes", "2.00", "No", "1.80"),
            "b", book("Yes", "2.01", "No", "1.80"),
            "c", book("Yes", "2.01", "No", "1.80"),
            "d", book("Yes", "2.20", "No", "1.60"));
    OutcomeConsensus yes = outcome(Consensus.of(four), "Yes");
    assertPrice("2.055", yes.average());
    assertPrice("2.010", yes.median());

    Map<String, Map<String, BigDecimal>> three = new LinkedHashMap<>(four);
    three.remove("d");
    assertPrice("2.007", outcome(Consensus.of(three), "Yes").average());
  }

  @Test
  void theFairPriceIsOneOverTheMeanOfEachBookmakersMarginFreeProbability() {
    // Worked by hand, multiplicative: Home a 0.476190 / 1.048086 = 0.454343,
    // b 0.5 / 1.048872 = 0.476703, c 0.454545 / 1.051693 = 0.432203; mean 0.454416,
    // 1 / 0.454416 = 2.2006 → 2.201. Likewise Draw 3.5665 → 3.567, Away 3.7708 → 3.771.
    ConsensusLine line = Consensus.of(Map.of("a", A, "b", B, "c", C));

    assertPrice("2.201", outcome(line, "Home").fair());
    assertPrice("3.567", outcome(line, "Draw").fair());
    assertPrice("3.771", outcome(line, "Away").fair());
  }

  @Test
  void aSingleBookmakersFairPriceIsItsPriceTimesItsBookSum() {
    // Worked by hand (multiplicative): fair = 1 / (π / Σπ) = price × Σπ:
    // 2.10 × 1.048086 = 2.2010; 3.40 × 1.048086 = 3.5635; 3.60 × 1.048086 = 3.7731.
    ConsensusLine line = Consensus.of(Map.of("a", A));

    assertPrice("2.201", outcome(line, "Home").fair());
    assertPrice("3.563", outcome(line, "Draw").fair());
    assertPrice("3.773", outcome(line, "Away").fair());
    assertPrice("2.10", outcome(line, "Home").best());
    assertFalse(line.arbitrage());
  }

  @Test
  void usesTheChosenMarginMethodForTheFairPrice() {
    // Shin on 2.10 / 3.40 / 3.60 gives Home 0.458666 (see MarginMethodTest):
    // 1 / 0.458666 = 2.1802 → 2.180.
    assertPrice("2.180", outcome(Consensus.of(Map.of("a", A), MarginMethod.SHIN), "Home").fair());
  }

  @Test
  void leavesABookmakerMissingAnOutcomeOutOfTheFairPriceButNotTheBestOrAverage() {
    // Worked by hand: d quotes only Home at 2.50: best Home 2.50 at d, average
    // (2.10 + 2.00 + 2.20 + 2.50) / 4 = 2.200; fair as without d (2.201).
    ConsensusLine line = Consensus.of(Map.of("a", A, "b", B, "c", C, "d", book("Home", "2.50")));
    OutcomeConsensus home = outcome(line, "Home");

    assertPrice("2.50", home.best());
    assertEquals(List.of("d"), home.bestAt());
    assertPrice("2.200", home.average());
    assertEquals(4, home.bookmakers());
    assertPrice("2.201", home.fair());
  }

  @Test
  void hasNoFairPriceWhenNoBookmakerQuotesTheWholeLine() {
    ConsensusLine line = Consensus.of(Map.of("a", book("Home", "2.10"), "b", book("Away", "3.40")));
    assertNull(outcome(line, "Home").fair());
    assertNull(outcome(line, "Away").fair());
  }

  @Test
  void listsEveryBookmakerSharingTheBestPriceAlphabetically() {
    ConsensusLine line =
        Consensus.of(
            Map.of(
                "zed", book("Over", "1.95", "Under", "1.85"),
                "alpha", book("Over", "1.950", "Under", "1.90"),
                "mid", book("Over", "1.90", "Under", "1.90")));
    assertEquals(List.of("alpha", "zed"), outcome(line, "Over").bestAt());
    assertEquals(List.of("alpha", "mid"), outcome(line, "Under").bestAt());
  }

  @Test
  void flagsAnArbitrageWhenTheBestPricesSumBelowOne() {
    // Worked by hand: best 2.10 and 2.10 → 1/2.10 + 1/2.10 = 0.952381; margin 0.047619.
    ConsensusLine line =
        Consensus.of(
            Map.of("a", book("Yes", "2.10", "No", "1.80"), "b", book("Yes", "1.80", "No", "2.10")));
    assertTrue(line.arbitrage());
    assertEquals(0.952381, line.bestBookSum(), 1e-6);
    assertEquals(0.047619, line.arbitrageMargin(), 1e-6);
  }

  @Test
  void noArbitrageWhenTheBestPricesSumAboveOne() {
    // Worked by hand: 1/2.20 + 1/3.50 + 1/3.80 = 0.454545 + 0.285714 + 0.263158 = 1.003418.
    ConsensusLine line = Consensus.of(Map.of("a", A, "b", B, "c", C));
    assertFalse(line.arbitrage());
    assertEquals(1.003418, line.bestBookSum(), 1e-6);
  }

  @Test
  void aLineWithOneOutcomeIsNeverAnArbitrage() {
    assertFalse(Consensus.of(Map.of("a", book("Home", "3.00"))).arbitrage());
  }

  @Test
  void anEmptyLineHasNoOutcomesAndNoArbitrage() {
    ConsensusLine line = Consensus.of(Map.of());
    assertTrue(line.outcomes().isEmpty());
    assertFalse(line.arbitrage());
    assertEquals(0, line.bestBookSum());
  }

  @Test
  void rejectsAPriceThatIsNotAboveOne() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Consensus.of(Map.of("a", book("Home", "1.00", "Away", "3.00"))));
  }
}

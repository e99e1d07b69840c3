package com.sportshub.racing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.racing.entity.ToteConvention;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToteCalculatorTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, d(expected).compareTo(actual), "expected " + expected + " but was " + actual);
  }

  private static Map<String, BigDecimal> stakes(Object... runnerThenStake) {
    Map<String, BigDecimal> stakes = new LinkedHashMap<>();
    for (int i = 0; i < runnerThenStake.length; i += 2) {
      stakes.put((String) runnerThenStake[i], d((String) runnerThenStake[i + 1]));
    }
    return stakes;
  }

  @Test
  void paysAUsWinnerPerTwoDollarsWithDimeBreakage() {
    // West Virginia Code R. 178-5C, "Example: win pool (standard price calculation)": gross pool
    // 192,913, takeout 18%, net 158,188.66, 23,872 on the winner, $1 unbroken price 6.6265357.
    // Broken to the dime: 6.60 per $1, so 13.20 per $2.
    ToteCalculator us = new ToteCalculator(ToteConvention.US, d("0.18"));

    assertAmount("13.20", us.winDividend(d("192913"), d("23872")));
  }

  @Test
  void paysTheUsMinimumWhenThePoolCannotAffordIt() {
    // Worked by hand: 10,000 x 0.84 = 8,400 net / 8,000 = 1.05 per $1 -> 1.00 broken -> $2.00,
    // below the $2.10 minimum (a 5% profit, California Horse Racing Board rule 1960).
    ToteCalculator us = new ToteCalculator(ToteConvention.US, d("0.16"));

    assertAmount("2.10", us.winDividend(d("10000"), d("8000")));
  }

  @Test
  void paysAConfiguredUsMinimum() {
    // Same pool as above; Illinois Admin. Code 11-300.90 speaks of a $2.20 minimum.
    ToteCalculator us = new ToteCalculator(ToteConvention.US, d("0.16"), d("2.20"));

    assertAmount("2.20", us.winDividend(d("10000"), d("8000")));
  }

  @Test
  void splitsTheUsPlaceProfitBetweenThePlacedRunners() {
    // Worked by hand with the profit split of Oklahoma Admin. Code 325:65-9-1: net 25,000 x 0.85 =
    // 21,250; stakes on placed 8,000 + 2,500 = 10,500; profit 10,750; 5,375 each.
    // A: 5,375 / 8,000 = 0.671875 -> 0.60 -> 1.60 per $1 -> 3.20. B: 5,375 / 2,500 = 2.15 -> 2.10
    // -> 3.10 per $1 -> 6.20.
    ToteCalculator us = new ToteCalculator(ToteConvention.US, d("0.15"));

    Map<String, BigDecimal> place = us.placeDividends(d("25000"), stakes("A", "8000", "B", "2500"));

    assertAmount("3.20", place.get("A"));
    assertAmount("6.20", place.get("B"));
  }

  @Test
  void splitsAShowPoolThreeWays() {
    // Worked by hand (Oklahoma 325:65-9-4(a)): net 30,000 x 0.85 = 25,500; stakes 9,000 + 4,000 +
    // 2,000 = 15,000; profit 10,500, 3,500 each. A: 0.388.. -> 0.30 -> 2.60; B: 0.875 -> 0.80 ->
    // 3.60; C: 1.75 -> 1.70 -> 5.40 per $2.
    ToteCalculator us = new ToteCalculator(ToteConvention.US, d("0.15"));

    Map<String, BigDecimal> show =
        us.placeDividends(d("30000"), stakes("A", "9000", "B", "4000", "C", "2000"));

    assertEquals(List.of("A", "B", "C"), List.copyOf(show.keySet()));
    assertAmount("2.60", show.get("A"));
    assertAmount("3.60", show.get("B"));
    assertAmount("5.40", show.get("C"));
  }

  @Test
  void givesAnUnbackedPlacedRunnersShareToTheBackedOnes() {
    // Oklahoma 325:65-9-4(b)(4). Worked by hand: net 10,000 x 0.85 = 8,500; backed placed stakes
    // 3,000 + 1,000 = 4,000; profit 4,500 split two ways, 2,250 each. A: 0.75 -> 0.70 -> 3.40;
    // C: 2.25 -> 2.20 -> 6.40 per $2; B gets nothing.
    ToteCalculator us = new ToteCalculator(ToteConvention.US, d("0.15"));

    Map<String, BigDecimal> show =
        us.placeDividends(d("10000"), stakes("A", "3000", "B", "0", "C", "1000"));

    assertEquals(List.of("A", "C"), List.copyOf(show.keySet()));
    assertAmount("3.40", show.get("A"));
    assertAmount("6.40", show.get("C"));
  }

  @Test
  void roundsATotewinDividendDownToTenPence() {
    // tote.co.uk/racing/guides/tote-vs-sp-odds: a £10,000 pool leaves £8,075 after the Tote's cut
    // (19.25%); £2,000 on the winner: 8,075 / 2,000 = 4.0375 -> £4.00.
    ToteCalculator uk = new ToteCalculator(ToteConvention.UK, d("0.1925"));

    assertAmount("4.00", uk.winDividend(d("10000"), d("2000")));
  }

  @Test
  void approximatesEveryBackedRunnerAndSkipsTheUnbacked() {
    // Same pool as the Tote's guide: 5,000 / 3,000 / 2,000 on horses 1-3, none on 4.
    // 8,075 / 5,000 = 1.615 -> 1.60; 8,075 / 3,000 = 2.69.. -> 2.60; 8,075 / 2,000 -> 4.00.
    ToteCalculator uk = new ToteCalculator(ToteConvention.UK, d("0.1925"));

    Map<String, BigDecimal> win =
        uk.approximateWinDividends(
            d("10000"), stakes("1", "5000", "2", "3000", "3", "2000", "4", "0"));

    assertEquals(List.of("1", "2", "3"), List.copyOf(win.keySet()));
    assertAmount("1.60", win.get("1"));
    assertAmount("2.60", win.get("2"));
    assertAmount("4.00", win.get("3"));
  }

  @Test
  void liftsAUkDividendAboveNinetyPenceToOneTen() {
    // Tote UK totewin rule (i): above 90p and below £1.10 pays £1.10. Worked by hand with a 20%
    // takeout: 1,000 x 0.8 = 800 net; 800 / 800 = 1.00 and 800 / 880 = 0.909.. both pay 1.10.
    ToteCalculator uk = new ToteCalculator(ToteConvention.UK, d("0.20"));

    assertAmount("1.10", uk.winDividend(d("1000"), d("800")));
    assertAmount("1.10", uk.winDividend(d("1000"), d("880")));
  }

  @Test
  void paysOneOhTwoAtNinetyPenceOrBelow() {
    // Tote UK totewin rule (ii). Worked by hand: 900 x 0.8 = 720 / 800 = exactly 0.90 -> 1.02;
    // 1,000 x 0.8 = 800 / 900 = 0.888.. -> 1.02.
    ToteCalculator uk = new ToteCalculator(ToteConvention.UK, d("0.20"));

    assertAmount("1.02", uk.winDividend(d("900"), d("800")));
    assertAmount("1.02", uk.winDividend(d("1000"), d("900")));
  }

  @Test
  void roundsAUkDividendJustAboveTheFloorDownToIt() {
    // Worked by hand: 800 / 700 = 1.1428.. -> 1.10; 800 / 500 = 1.60 stays 1.60.
    ToteCalculator uk = new ToteCalculator(ToteConvention.UK, d("0.20"));

    assertAmount("1.10", uk.winDividend(d("1000"), d("700")));
    assertAmount("1.60", uk.winDividend(d("1000"), d("500")));
  }

  @Test
  void appliesTheUkFloorsToPlaceDividends() {
    // Worked by hand: net 2,000 x 0.8 = 1,600. Stakes 1,000 + 300: profit 300, 150 each:
    // A 1 + 0.15 = 1.15 -> 1.10; B 1 + 0.5 = 1.50. Stakes 1,500 + 200: profit -100, -50 each:
    // A 1 - 0.033 = 0.966 -> 1.10; B 1 - 0.25 = 0.75 -> 1.02.
    ToteCalculator uk = new ToteCalculator(ToteConvention.UK, d("0.20"));

    Map<String, BigDecimal> even = uk.placeDividends(d("2000"), stakes("A", "1000", "B", "300"));
    Map<String, BigDecimal> minus = uk.placeDividends(d("2000"), stakes("A", "1500", "B", "200"));

    assertAmount("1.10", even.get("A"));
    assertAmount("1.50", even.get("B"));
    assertAmount("1.10", minus.get("A"));
    assertAmount("1.02", minus.get("B"));
  }

  @Test
  void roundsAnAustralianDividendDownToFiveCents() {
    // Wikipedia "Parimutuel betting", Example: pool $514, commission 14.25%, 440.76 to share;
    // approximates 8.01 ($55 on outcome 4), 2.94 ($150 on 7), 14.69 ($30 on 1). Exactly:
    // 440.755 / 55 = 8.0137 -> 8.00, / 150 = 2.9383 -> 2.90, / 30 = 14.6918 -> 14.65 after
    // the 5-cent rounding of Tasmania's Gaming Control Regulations 2022 reg. 6.
    ToteCalculator aus = new ToteCalculator(ToteConvention.AUS, d("0.1425"));

    assertAmount("8.00", aus.winDividend(d("514"), d("55")));
    assertAmount("2.90", aus.winDividend(d("514"), d("150")));
    assertAmount("14.65", aus.winDividend(d("514"), d("30")));
  }

  @Test
  void splitsAnAustralianPlacePoolThreeWays() {
    // Worked by hand: net 12,000 x 0.8575 = 10,290; stakes 5,000 + 1,500 + 900 = 7,400; profit
    // 2,890, 963.33 each. A 1.1927 -> 1.15; B 1.6422 -> 1.60; C 2.0704 -> 2.05.
    ToteCalculator aus = new ToteCalculator(ToteConvention.AUS, d("0.1425"));

    Map<String, BigDecimal> place =
        aus.placeDividends(d("12000"), stakes("A", "5000", "B", "1500", "C", "900"));

    assertAmount("1.15", place.get("A"));
    assertAmount("1.60", place.get("B"));
    assertAmount("2.05", place.get("C"));
  }

  @Test
  void refusesAMinimumForTheUkTote() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ToteCalculator(ToteConvention.UK, d("0.20"), d("1.05")));
  }

  @Test
  void refusesATakeoutOfTheWholePool() {
    assertThrows(
        IllegalArgumentException.class, () -> new ToteCalculator(ToteConvention.US, d("1")));
  }

  @Test
  void refusesAWinDividendForAnUnbackedWinner() {
    ToteCalculator aus = new ToteCalculator(ToteConvention.AUS, d("0.15"));

    assertThrows(IllegalArgumentException.class, () -> aus.winDividend(d("1000"), d("0")));
  }
}

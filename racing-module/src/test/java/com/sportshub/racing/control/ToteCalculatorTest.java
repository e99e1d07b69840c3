package com.sportshub.racing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.racing.commands.ToteConvention;
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
  void dividesAUkPlacePoolIntoEqualPartsOneAPlace() {
    // The example (Tote UK toteplace): net 1,500 x 0.82 = 1,230 for 3 places, 410 a place.
    // 410 / 210 = 1.952 -> 1.90; 410 / 140 = 2.928 -> 2.90; 410 / 100 = 4.10. The US profit split
    // would pay 1 + (1,230 - 450) / 3 / 210 = 2.23 -> 2.20 on the first: not the Tote's figure.
    ToteCalculator uk = new ToteCalculator(ToteConvention.UK, d("0.18"));

    Map<String, BigDecimal> place =
        uk.placeDividends(d("1500"), stakes("A", "210", "B", "140", "C", "100"));

    assertAmount("1.90", place.get("A"));
    assertAmount("2.90", place.get("B"));
    assertAmount("4.10", place.get("C"));
  }

  @Test
  void givesAnUnbackedUkPlacedHorsesPartToTheBackedOnes() {
    // Worked by hand: net 1,000 x 0.8 = 800; B unbacked, so 2 parts of 400, not 3 of 266.67:
    // A 400 / 100 = 4.00; C 400 / 50 = 8.00.
    ToteCalculator uk = new ToteCalculator(ToteConvention.UK, d("0.20"));

    Map<String, BigDecimal> place =
        uk.placeDividends(d("1000"), stakes("A", "100", "B", "0", "C", "50"));

    assertEquals(List.of("A", "C"), List.copyOf(place.keySet()));
    assertAmount("4.00", place.get("A"));
    assertAmount("8.00", place.get("C"));
  }

  @Test
  void splitsADeadHeatedUkPlaceBetweenTheHorsesSharingIt() {
    // The pool with a dead heat for third of three places: net 1,230, 410 a place; C and
    // D share third's 410, 205 each. A 410 / 210 -> 1.90; B 410 / 140 -> 2.90; C 205 / 100 = 2.05
    // -> 2.00; D 205 / 50 = 4.10. Four distinct places would have been 307.50 each.
    ToteCalculator uk = new ToteCalculator(ToteConvention.UK, d("0.18"));
    Map<String, PlaceShare> shares = new LinkedHashMap<>();
    shares.put("A", PlaceShare.WHOLE);
    shares.put("B", PlaceShare.WHOLE);
    shares.put("C", new PlaceShare(1, 2));
    shares.put("D", new PlaceShare(1, 2));

    Map<String, BigDecimal> place =
        uk.placeDividends(d("1500"), stakes("A", "210", "B", "140", "C", "100", "D", "50"), shares);

    assertAmount("1.90", place.get("A"));
    assertAmount("2.90", place.get("B"));
    assertAmount("2.00", place.get("C"));
    assertAmount("4.10", place.get("D"));
  }

  @Test
  void dividesAUkWinPoolIntoAPartForEachHorseDeadHeatingForFirst() {
    // Worked by hand: net 1,000 x 0.8 = 800, two parts of 400. A 400 / 200 = 2.00; B 400 / 800
    // = 0.50, 60p or below in a dead heat for first: 0.60 (totewin rule (iii)), not 1.02.
    ToteCalculator uk = new ToteCalculator(ToteConvention.UK, d("0.20"));

    Map<String, BigDecimal> win = uk.winDividends(d("1000"), stakes("A", "200", "B", "800"));

    assertAmount("2.00", win.get("A"));
    assertAmount("0.60", win.get("B"));
  }

  @Test
  void aLoneUkWinnerIsNotHeldToTheDeadHeatFloor() {
    // Worked by hand: 1,000 x 0.8 = 800 / 1,000 = 0.80: 1.02 (rule (ii)) for a lone winner.
    ToteCalculator uk = new ToteCalculator(ToteConvention.UK, d("0.20"));

    assertAmount("1.02", uk.winDividends(d("1000"), stakes("A", "1000")).get("A"));
  }

  @Test
  void splitsAUsDeadHeatForSecondsProfitShareInTwo() {
    // Wisconsin Admin. Code Game 9.04(2): half the profit to the winner, a quarter to each horse
    // dead-heating for second. Worked by hand: net 10,000 x 0.85 = 8,500; stakes 2,000 + 1,250 +
    // 500 = 3,750; profit 4,750. A 2,375 / 2,000 = 1.1875 -> 1.10 -> 4.20 per $2; B 1,187.50 /
    // 1,250 = 0.95 -> 0.90 -> 3.80; C 1,187.50 / 500 = 2.375 -> 2.30 -> 6.60.
    ToteCalculator us = new ToteCalculator(ToteConvention.US, d("0.15"));
    Map<String, PlaceShare> shares = new LinkedHashMap<>();
    shares.put("A", PlaceShare.WHOLE);
    shares.put("B", new PlaceShare(1, 2));
    shares.put("C", new PlaceShare(1, 2));

    Map<String, BigDecimal> place =
        us.placeDividends(d("10000"), stakes("A", "2000", "B", "1250", "C", "500"), shares);

    assertAmount("4.20", place.get("A"));
    assertAmount("3.80", place.get("B"));
    assertAmount("6.60", place.get("C"));
  }

  @Test
  void appliesTheUkFloorsToPlaceDividends() {
    // Worked by hand: net 2,000 x 0.8 = 1,600, 800 a place. A 800 / 800 = 1.00 -> 1.10 (above
    // 90p, below 1.10); B 800 / 1,000 = 0.80 -> 1.02 (90p or below).
    ToteCalculator uk = new ToteCalculator(ToteConvention.UK, d("0.20"));

    Map<String, BigDecimal> place = uk.placeDividends(d("2000"), stakes("A", "800", "B", "1000"));

    assertAmount("1.10", place.get("A"));
    assertAmount("1.02", place.get("B"));
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
  void dividesAnAustralianPlacePoolIntoEqualParts() {
    // Worked by hand: net 12,000 x 0.8575 = 10,290, 3,430 a place. A 3,430 / 5,000 = 0.686 -> 0.65,
    // lifted to the $1.00 minimum; B 3,430 / 1,500 = 2.2866 -> 2.25; C 3,430 / 900 = 3.8111 -> 3.80
    // (5-cent breakage).
    ToteCalculator aus = new ToteCalculator(ToteConvention.AUS, d("0.1425"));

    Map<String, BigDecimal> place =
        aus.placeDividends(d("12000"), stakes("A", "5000", "B", "1500", "C", "900"));

    assertAmount("1.00", place.get("A"));
    assertAmount("2.25", place.get("B"));
    assertAmount("3.80", place.get("C"));
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

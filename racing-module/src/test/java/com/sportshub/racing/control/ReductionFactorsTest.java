package com.sportshub.racing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.racing.entity.ExchangeReduction;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReductionFactorsTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, d(expected).compareTo(actual), "expected " + expected + " but was " + actual);
  }

  @Test
  void givesEachRunnerItsShareOfAFairBook() {
    // Worked by hand: 2.0, 4.0, 4.0 imply 0.5 + 0.25 + 0.25 = 1, so 50%, 25%, 25%.
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    prices.put("A", d("2.0"));
    prices.put("B", d("4.0"));
    prices.put("C", d("4.0"));

    Map<String, BigDecimal> factors = ReductionFactors.fromPrices(prices);

    assertAmount("50", factors.get("A"));
    assertAmount("25", factors.get("B"));
    assertAmount("25", factors.get("C"));
  }

  @Test
  void takesTheMarginOutOfAnOverroundBook() {
    // Worked by hand: 2.0, 3.0, 4.0 imply 0.5 + 0.3333 + 0.25 = 1.0833 (108.33%);
    // 0.5 / 1.0833 = 46.15%, 0.3333 / 1.0833 = 30.77%, 0.25 / 1.0833 = 23.08%.
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    prices.put("A", d("2.0"));
    prices.put("B", d("3.0"));
    prices.put("C", d("4.0"));

    Map<String, BigDecimal> factors = ReductionFactors.fromPrices(prices);

    assertAmount("46.15", factors.get("A"));
    assertAmount("30.77", factors.get("B"));
    assertAmount("23.08", factors.get("C"));
  }

  @Test
  void addsTheFactorsOfTheRemovedRunners() {
    assertAmount("35.5", ReductionFactors.forRemoved(List.of(d("25.0"), d("10.5"))).percent());
  }

  @Test
  void ignoresMinorNonRunners() {
    // Betfair's 2.5% threshold: 2.4% reduces nothing, 2.5% does.
    assertEquals(ExchangeReduction.NONE, ReductionFactors.forRemoved(List.of(d("2.4"))));
    assertAmount("2.5", ReductionFactors.forRemoved(List.of(d("2.4"), d("2.5"))).percent());
  }

  @Test
  void cutsTheWholeMatchedPrice() {
    // Betfair rule 13.7 (quoted on forum.developer.betfair.com, thread 3127): a 25% factor turns
    // a traded price of 8.0 into 6.0.
    assertAmount("6.00", new ExchangeReduction(d("25")).applyTo(d("8.0")));
  }

  @Test
  void reproducesBetfairsDiamondNightExample() {
    // community.betfair.com "deduction factor" thread: backed at 8.6, a 16.2% non-runner:
    // 8.6 x 0.162 = 1.39 off, new price 7.21 (8.6 x 0.838 = 7.2068, to two places 7.21).
    assertAmount("7.21", new ExchangeReduction(d("16.2")).applyTo(d("8.6")));
  }

  @Test
  void reducesTheReturnNotOnlyTheProfit() {
    // mathematician-betting.co.uk/rule4exchange.php: 11.0 with a 10% factor pays 11 x 0.9 = 9.9.
    assertAmount("9.90", new ExchangeReduction(d("10")).applyTo(d("11.0")));
  }

  @Test
  void neverReducesBelowTheExchangesLowestPrice() {
    // Worked by hand: 1.05 x 0.5 = 0.525, below the 1.01 an exchange can pay.
    assertAmount("1.01", new ExchangeReduction(d("50")).applyTo(d("1.05")));
  }
}

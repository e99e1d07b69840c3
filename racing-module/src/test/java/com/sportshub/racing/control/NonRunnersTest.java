package com.sportshub.racing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sportshub.racing.entity.RaceDeductions;
import com.sportshub.racing.entity.WithdrawalTerms;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NonRunnersTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, d(expected).compareTo(actual), "expected " + expected + " but was " + actual);
  }

  /** A field of four: 2.0, 4.0, 5.0 and 20.0 (a book of 0.5 + 0.25 + 0.2 + 0.05 = 1.0). */
  private static Map<Integer, BigDecimal> field() {
    Map<Integer, BigDecimal> prices = new LinkedHashMap<>();
    prices.put(1, d("2.0"));
    prices.put(2, d("4.0"));
    prices.put(3, d("5.0"));
    prices.put(4, d("20.0"));
    return prices;
  }

  @Test
  void aWithdrawnRunnerDeductsByItsPriceAndItsShareOfTheField() {
    // Rule 4 at 4.0 (3/1) is 25p (Tattersalls' scale, "over 9/4 up to 3/1"); worked by hand, its
    // share of a 100% book is 0.25 / 1.0 = 25.00%.
    WithdrawalTerms terms = NonRunners.terms(2, field());

    assertAmount("4.0", terms.price());
    assertAmount("0.25", terms.ruleFour().fraction());
    assertAmount("25.00", terms.factor());
  }

  @Test
  void anUnpricedRunnerDeductsNothing() {
    Map<Integer, BigDecimal> prices = new HashMap<>(field());
    prices.put(5, null);

    WithdrawalTerms terms = NonRunners.terms(5, prices);

    assertNull(terms.price());
    assertAmount("0", terms.ruleFour().fraction());
    assertAmount("0", terms.factor());
  }

  @Test
  void severalNonRunnersAreSummedAndCapped() {
    // Worked by hand: 1.5 (1/2) is 65p and 2.0 (evens) 45p: 110p, capped at 90p (Tattersalls:
    // "the total reduction shall not exceed 90 pence in the pound"). Factors 60 + 30 = 90%.
    RaceDeductions together =
        NonRunners.together(
            List.of(
                NonRunnersFixture.withdrawn("1.5", "60"),
                NonRunnersFixture.withdrawn("2.0", "30")));

    assertAmount("0.90", together.ruleFour().fraction());
    assertAmount("90", together.reduction().percent());
  }

  @Test
  void aMinorNonRunnerLeavesTheReductionAlone() {
    // 20.0 is beyond 14/1, so no Rule 4; its 2% factor is under Betfair's 2.5% threshold.
    RaceDeductions together =
        NonRunners.together(List.of(NonRunnersFixture.withdrawn("20.0", "2.00")));

    assertAmount("0", together.ruleFour().fraction());
    assertAmount("0", together.reduction().percent());
  }

  @Test
  void reductionsNeverSumAboveAllOfThePrice() {
    RaceDeductions together =
        NonRunners.together(
            List.of(
                NonRunnersFixture.withdrawn("1.2", "70"),
                NonRunnersFixture.withdrawn("1.5", "45")));

    assertAmount("100", together.reduction().percent());
  }
}

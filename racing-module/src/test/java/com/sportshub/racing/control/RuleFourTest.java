package com.sportshub.racing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.racing.entity.RuleFourDeduction;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// The scale: Tattersalls' Rule 4(c) as quoted at winnerwinner.co.uk/bet-wiki/tattersalls-rule-4
// and allaboutbetting.co.uk/horse-racing/rule-4; each band runs "over X up to and including Y".
class RuleFourTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, d(expected).compareTo(actual), "expected " + expected + " but was " + actual);
  }

  @ParameterizedTest(name = "{0} is the longest price deducting {1}p")
  @CsvSource({
    "1.01, 90", "1.11, 90", "1.18, 85", "1.25, 80", "1.30, 75", "1.40, 70", "1.53, 65",
    "1.62, 60", "1.80, 55", "1.95, 50", "2.20, 45", "2.50, 40", "2.75, 35", "3.25, 30",
    "4.00, 25", "5.00, 20", "6.50, 15", "10.00, 10", "15.00, 5"
  })
  void deductsTheBandOfItsLongestPrice(String price, String pence) {
    assertAmount(pence, RuleFour.deductionFor(d(price)).pencePerPound());
  }

  @ParameterizedTest(name = "{0}, just over a band, deducts {1}p")
  @CsvSource({
    "1.12, 85", "1.19, 80", "1.26, 75", "1.31, 70", "1.41, 65", "1.54, 60", "1.63, 55",
    "1.81, 50", "1.96, 45", "2.21, 40", "2.51, 35", "2.76, 30", "3.26, 25", "4.01, 20",
    "5.01, 15", "6.51, 10", "10.01, 5", "15.01, 0", "101, 0"
  })
  void deductsTheNextBandJustOverABoundary(String price, String pence) {
    assertAmount(pence, RuleFour.deductionFor(d(price)).pencePerPound());
  }

  @Test
  void readsExactFractionalPricesAsTheirBand() {
    // 1/9 = 1.1111.. decimal (90p band); 8/13 = 1.6153.. (60p band); 20/21 = 1.9523.. (50p band).
    assertAmount("0.90", RuleFour.deductionFor(d("1.1111111")).fraction());
    assertAmount("0.60", RuleFour.deductionFor(d("1.6153846")).fraction());
    assertAmount("0.50", RuleFour.deductionFor(d("1.9523810")).fraction());
  }

  @Test
  void addsTheDeductionsOfSeveralNonRunners() {
    // Worked by hand: 2/1 (3.0) is 30p and 4/1 (5.0) is 20p: 50p together.
    RuleFourDeduction both = RuleFour.combinedDeduction(List.of(d("3.0"), d("5.0")));

    assertAmount("0.50", both.fraction());
  }

  @Test
  void capsSeveralNonRunnersAtNinetyPence() {
    // Worked by hand: 1/2 (1.5) is 65p and 4/5 (1.8) is 55p: 120p, capped at Tattersalls' 90p.
    RuleFourDeduction both = RuleFour.combinedDeduction(List.of(d("1.5"), d("1.8")));

    assertAmount("0.90", both.fraction());
  }

  @Test
  void deductsNothingWithoutNonRunnersOrForOutsiders() {
    assertEquals(RuleFourDeduction.NONE, RuleFour.combinedDeduction(List.of()));
    assertEquals(RuleFourDeduction.NONE, RuleFour.combinedDeduction(List.of(d("21"), d("34"))));
  }

  @Test
  void takesTheDeductionFromTheProfitOnly() {
    // allaboutbetting.co.uk/horse-racing/rule-4: £10 at 8/1, the 3/1 favourite withdrawn (25p):
    // returns 10 x (8 x 0.75) + 10 = £70, i.e. 7.0 per unit instead of 9.0.
    RuleFourDeduction deduction = RuleFour.deductionFor(d("4.0"));

    assertAmount("7.0", deduction.applyTo(d("9.0")));
  }

  @Test
  void reducesATenToOneWinnerAfterAFiveToOneNonRunner() {
    // mathematician-betting.co.uk/rule4.asp: 10/1 taken, a 5/1 non-runner (15p): profit 10 x 0.85
    // = 8.5, so 9.5 per unit including the stake.
    assertAmount("9.5", RuleFour.deductionFor(d("6.0")).applyTo(d("11.0")));
  }

  @Test
  void refusesAPriceThatIsNotAboveOne() {
    assertThrows(IllegalArgumentException.class, () -> RuleFour.deductionFor(d("1.0")));
  }
}

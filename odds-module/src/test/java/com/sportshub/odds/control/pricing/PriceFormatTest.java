package com.sportshub.odds.control.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceFormatTest {

  private static BigDecimal d(String decimal) {
    return new BigDecimal(decimal);
  }

  private static void assertPrice(String expected, BigDecimal actual) {
    assertEquals(
        0, d(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
  }

  @Test
  void readsAFractionAsOnePlusItsValue() {
    // Worked by hand: 5/2 → 1 + 5/2 = 3.5; 4/6 → 1 + 0.66666… = 1.6667 at four places.
    assertPrice("3.50", PriceFormat.FRACTIONAL.parse("5/2"));
    assertPrice("1.6667", PriceFormat.FRACTIONAL.parse(" 4 / 6 "));
  }

  @Test
  void readsEvensInItsUsualSpellingsAsTwo() {
    // Worked by hand: evens = 1/1 → 1 + 1 = 2.
    assertPrice("2", PriceFormat.FRACTIONAL.parse("evens"));
    assertPrice("2", PriceFormat.FRACTIONAL.parse("EVS"));
    assertPrice("2", PriceFormat.FRACTIONAL.parse("1/1"));
  }

  @Test
  void showsADecimalNearATraditionalFractionAsThatFraction() {
    // Worked by hand: 1.91 − 1 = 0.91, 10/11 = 0.90909, 0.00091 ≤ 0.005;
    // 1.67 − 1 = 0.67, 4/6 = 0.66667 (4/6 is how UK bookmakers print 2/3);
    // 4.33 − 1 = 3.33, 10/3 = 3.33333; 2.00 is evens.
    assertEquals("10/11", PriceFormat.FRACTIONAL.format(d("1.91")));
    assertEquals("4/6", PriceFormat.FRACTIONAL.format(d("1.67")));
    assertEquals("10/3", PriceFormat.FRACTIONAL.format(d("4.33")));
    assertEquals("evens", PriceFormat.FRACTIONAL.format(d("2.00")));
  }

  @Test
  void showsOtherDecimalsAsTheExactFractionInLowestTerms() {
    // Worked by hand: 2.43 − 1 = 143/100 (nearest traditional 7/5 = 1.4 is 0.03 away);
    // 2.90 − 1 = 190/100 = 19/10 (nearest traditional 15/8 is 0.025
    // away); 1.35 − 1 = 35/100 = 7/20 (4/11 = 0.3636 is 0.0136 away).
    assertEquals("143/100", PriceFormat.FRACTIONAL.format(d("2.43")));
    assertEquals("19/10", PriceFormat.FRACTIONAL.format(d("2.90")));
    assertEquals("7/20", PriceFormat.FRACTIONAL.format(d("1.35")));
  }

  @Test
  void aDecimalExactlyHalfAPennyFromATraditionalFractionStillTakesIt() {
    // Worked by hand: 2.37 − 1 = 1.37 and 11/8 = 1.375: 0.005 away, inside the tolerance.
    assertEquals("11/8", PriceFormat.FRACTIONAL.format(d("2.37")));
  }

  @Test
  void neverShowsAFractionWorthNothing() {
    // Worked by hand: 1.001 − 1 = 0.001 rounds to 0/d for every d ≤ 100; the floor is 1/100.
    assertEquals("1/100", PriceFormat.FRACTIONAL.format(d("1.001")));
  }

  @Test
  void aConvertedFractionConvertsBackToItself() {
    // Worked by hand: 10/11 → 1.909090… → 1.9091; 1.9091 − 1 = 0.9091 is 0.00001 from 10/11.
    BigDecimal decimal = PriceFormat.FRACTIONAL.parse("10/11");
    assertPrice("1.9091", decimal);
    assertEquals("10/11", PriceFormat.FRACTIONAL.format(decimal));
  }

  @Test
  void readsAmericanPricesAsWinningsPerHundredOrStakePerHundred() {
    // Worked by hand: +150 → 1 + 150/100 = 2.5; -200 → 1 + 100/200 = 1.5; ±100 → 2;
    // -110 → 1 + 100/110 = 1.909090… → 1.9091.
    assertPrice("2.50", PriceFormat.AMERICAN.parse("+150"));
    assertPrice("2.50", PriceFormat.AMERICAN.parse("150"));
    assertPrice("1.50", PriceFormat.AMERICAN.parse("-200"));
    assertPrice("2.00", PriceFormat.AMERICAN.parse("+100"));
    assertPrice("2.00", PriceFormat.AMERICAN.parse("-100"));
    assertPrice("1.9091", PriceFormat.AMERICAN.parse("-110"));
  }

  @Test
  void showsDecimalPricesAsAmericanRoundedToWholeNumbers() {
    // Worked by hand: 2.00 → +100 × 1 = +100; 2.50 → +150; 1.50 → −100/0.5 = −200;
    // 1.91 → −100/0.91 = −109.89 → −110.
    assertEquals("+100", PriceFormat.AMERICAN.format(d("2.00")));
    assertEquals("+150", PriceFormat.AMERICAN.format(d("2.50")));
    assertEquals("-200", PriceFormat.AMERICAN.format(d("1.50")));
    assertEquals("-110", PriceFormat.AMERICAN.format(d("1.91")));
  }

  @Test
  void showsDecimalPricesWithAtLeastTwoPlacesAndNoRounding() {
    assertEquals("2.50", PriceFormat.DECIMAL.format(d("2.5")));
    assertEquals("1.9091", PriceFormat.DECIMAL.format(d("1.9091")));
    assertEquals("12.00", PriceFormat.DECIMAL.format(d("12")));
  }

  @Test
  void recognisesTheFormatAPriceIsWrittenIn() {
    // Worked by hand: "+150" → 2.5, "-200" → 1.5, "5/2" → 3.5, "2.50" stays 2.5.
    assertPrice("2.50", PriceFormat.parseAny("+150"));
    assertPrice("1.50", PriceFormat.parseAny("-200"));
    assertPrice("3.50", PriceFormat.parseAny("5/2"));
    assertPrice("2.50", PriceFormat.parseAny("2.50"));
    assertEquals(PriceFormat.FRACTIONAL, PriceFormat.of("Evens"));
  }

  @Test
  void rejectsDecimalPricesThatAreNotAboveOne() {
    assertMessage("greater than 1", () -> PriceFormat.DECIMAL.parse("1.00"));
    assertMessage("greater than 1", () -> PriceFormat.DECIMAL.parse("0.5"));
    assertMessage("not a decimal price", () -> PriceFormat.DECIMAL.parse("NaN"));
    assertMessage("not a decimal price", () -> PriceFormat.DECIMAL.parse("two"));
    assertMessage("not a finite number", () -> DecimalOdds.impliedProbability(Double.NaN));
  }

  @Test
  void rejectsAmericanPricesBetweenMinusAndPlusOneHundred() {
    assertMessage("+100 or more", () -> PriceFormat.AMERICAN.parse("+50"));
    assertMessage("+100 or more", () -> PriceFormat.AMERICAN.parse("-99"));
    assertMessage("+100 or more", () -> PriceFormat.AMERICAN.parse("0"));
    assertMessage("not an American price", () -> PriceFormat.AMERICAN.parse("+1.5e2"));
  }

  @Test
  void rejectsFractionsWithAZeroDenominatorOrNoValue() {
    assertMessage("zero denominator", () -> PriceFormat.FRACTIONAL.parse("5/0"));
    assertMessage("must be positive", () -> PriceFormat.FRACTIONAL.parse("0/5"));
    assertMessage("not a fractional price", () -> PriceFormat.FRACTIONAL.parse("5:2"));
  }

  @Test
  void theImpliedProbabilityIsOneOverTheDecimalPrice() {
    // Worked by hand: 1 / 2.50 = 0.4; 1 / 1.25 = 0.8.
    assertEquals(0.4, DecimalOdds.impliedProbability(d("2.50")), 1e-15);
    assertEquals(0.8, DecimalOdds.impliedProbability(1.25), 1e-15);
  }

  private static void assertMessage(String part, Runnable call) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, call::run, "expected a rejection");
    assertTrue(e.getMessage().contains(part), () -> "message was: " + e.getMessage());
  }
}

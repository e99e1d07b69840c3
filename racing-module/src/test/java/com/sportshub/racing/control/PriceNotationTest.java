package com.sportshub.racing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// Worked by hand from the definitions: fractional n/d returns 1 + n/d per unit; American +x returns
// 1 + x/100, -x returns 1 + 100/x (e.g. the conversion tables at
// en.wikipedia.org/wiki/Odds#Gambling_usage).
class PriceNotationTest {

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(
        0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " was " + actual);
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({
    "5/2, FRACTIONAL, 3.5",
    "6-4, FRACTIONAL, 2.5",
    "evens, FRACTIONAL, 2",
    "EVS, FRACTIONAL, 2",
    "10/11, FRACTIONAL, 1.9091",
    "8/13, FRACTIONAL, 1.6154",
    "+250, AMERICAN, 3.5",
    "-200, AMERICAN, 1.5",
    "-110, AMERICAN, 1.9091",
    "3.75, DECIMAL, 3.75"
  })
  void readsAPriceInTheNotationItIsWrittenIn(String text, PriceNotation notation, String decimal) {
    assertEquals(notation, PriceNotation.of(text));
    assertAmount(decimal, notation.parse(text));
  }

  @ParameterizedTest(name = "{0} shows as {1}, {2}, {3}")
  @CsvSource({
    "3.5, 3.50, 5/2, +250",
    "2.5, 2.50, 6/4, +150",
    "2.0, 2.00, evens, +100",
    "1.9091, 1.91, 10/11, -110",
    "1.5, 1.50, 1/2, -200",
    "1.6667, 1.67, 4/6, -150",
    "34, 34.00, 33/1, +3300"
  })
  void showsADecimalPriceInEveryNotation(
      String decimal, String asDecimal, String fractional, String american) {
    BigDecimal price = new BigDecimal(decimal);

    assertEquals(asDecimal, PriceNotation.DECIMAL.show(price));
    assertEquals(fractional, PriceNotation.FRACTIONAL.show(price));
    assertEquals(american, PriceNotation.AMERICAN.show(price));
  }

  @ParameterizedTest(name = "{0} shows as the nearest traditional price {1}")
  @CsvSource({
    // Worked by hand: 2.38 lies 0.005 from 11/8 (2.375) and 0.12 from 6/4; 7.3 lies 0.2 from
    // 13/2 (7.5) and 0.3 from 6/1 (7.0); 1.03 is below 1/10, so 1/(0.03) = 33.3 -> 1/33.
    "2.38, 11/8",
    "7.3, 13/2",
    "1.03, 1/33",
    "1502, 1501/1"
  })
  void showsAnOddDecimalAsTheNearestTraditionalPrice(String decimal, String fractional) {
    assertEquals(fractional, PriceNotation.FRACTIONAL.show(new BigDecimal(decimal)));
  }

  @ParameterizedTest(name = "{1} is not a {0} price")
  @CsvSource({
    "DECIMAL, 1.0",
    "DECIMAL, abc",
    "DECIMAL, 1002",
    "FRACTIONAL, 5/0",
    "FRACTIONAL, 5:2",
    "AMERICAN, +50",
    "AMERICAN, -99"
  })
  void refusesWhatIsNotAPrice(PriceNotation notation, String text) {
    assertThrows(IllegalArgumentException.class, () -> notation.parse(text));
  }
}

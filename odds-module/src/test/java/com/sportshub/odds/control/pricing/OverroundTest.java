package com.sportshub.odds.control.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverroundTest {

  @Test
  void isTheSumOfImpliedProbabilitiesLessOne() {
    // Worked by hand: 1/2.10 + 1/3.40 + 1/3.60 = 0.476190 + 0.294118 + 0.277778 = 1.048086.
    assertEquals(0.048086, Overround.of(2.10, 3.40, 3.60), 1e-6);
  }

  @Test
  void ofATwoWayBookAtOnePointNineOneIsFourPointSevenPercent() {
    // Worked by hand: 2 / 1.91 − 1 = 1.047120 − 1 = 0.047120.
    assertEquals(
        0.047120, Overround.of(List.of(new BigDecimal("1.91"), new BigDecimal("1.91"))), 1e-6);
  }

  @Test
  void isZeroForAFairBook() {
    // Worked by hand: 1/2 + 1/4 + 1/4 = 1.
    assertEquals(0.0, Overround.of(2.0, 4.0, 4.0), 1e-15);
  }

  @Test
  void needsAtLeastOnePrice() {
    assertThrows(IllegalArgumentException.class, Overround::of);
  }
}

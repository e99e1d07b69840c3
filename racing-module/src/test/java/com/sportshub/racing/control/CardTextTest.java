package com.sportshub.racing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardTextTest {

  @ParameterizedTest(name = "{0} m is {1}")
  @CsvSource({
    // Worked by hand with 1 yd = 0.9144 m, 220 yd a furlong, 1,760 yd a mile:
    // 5f = 1,100 yd = 1,005.84 m; 2m4f = 4,400 yd = 4,023.36 m; 1m2f110y = 2,310 yd = 2,112.26 m;
    // 7f = 1,540 yd = 1,408.18 m; 2m = 3,520 yd = 3,218.69 m.
    "1006, 5f",
    "4023, 2m4f",
    "2112, 1m2f110y",
    "1408, 7f",
    "3219, 2m"
  })
  void writesADistanceInMilesFurlongsAndYards(int metres, String text) {
    assertEquals(text, CardText.distance(metres));
  }

  @Test
  void writesAWeightInStonesAndPounds() {
    // Worked by hand: 161 lb = 11 st (154 lb) + 7 lb.
    assertEquals("11-7", CardText.weight(161));
    assertEquals("9-0", CardText.weight(126));
  }

  @Test
  void leavesAnUnknownWeightUnknown() {
    assertNull(CardText.weight(null));
  }
}

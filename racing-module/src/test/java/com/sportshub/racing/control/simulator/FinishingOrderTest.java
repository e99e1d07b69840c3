package com.sportshub.racing.control.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FinishingOrderTest {

  private static final double[] CHANCES = {0.5, 0.3, 0.2};
  private static final int DRAWS = 40_000;

  @Test
  void theWinnerIsDrawnInProportionToItsChance() {
    Random random = new Random(1);
    int favouriteWon = 0;
    for (int i = 0; i < DRAWS; i++) {
      favouriteWon += FinishingOrder.draw(CHANCES, random).get(0) == 0 ? 1 : 0;
    }

    // The favourite's chance is 0.5; 40,000 draws put the share within 0.01 of it (standard
    // error sqrt(0.25 / 40,000) = 0.0025, so 0.01 is four of them).
    assertEquals(0.5, favouriteWon / (double) DRAWS, 0.01);
  }

  @Test
  void secondIsDrawnFromTheRestInProportionToTheirChances() {
    Random random = new Random(2);
    int afterTheFavourite = 0;
    int secondWasRunnerOne = 0;
    for (int i = 0; i < DRAWS; i++) {
      List<Integer> order = FinishingOrder.draw(CHANCES, random);
      if (order.get(0) == 0) {
        afterTheFavourite++;
        secondWasRunnerOne += order.get(1) == 1 ? 1 : 0;
      }
    }

    // Worked by hand (Plackett-Luce): with the favourite home, 0.3 / (0.3 + 0.2) = 0.6.
    assertEquals(0.6, secondWasRunnerOne / (double) afterTheFavourite, 0.015);
  }

  @Test
  void aRunnerWithNoChanceDoesNotFinish() {
    assertEquals(List.of(1), FinishingOrder.draw(new double[] {0, 1}, new Random(3)));
  }
}

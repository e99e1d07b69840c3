package com.sportshub.odds.control.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedBookmakerTest {

  @Test
  void spreadsMarginsEvenlyFromThreeToSevenPercent() {
    // Worked by hand: 3 % + 4 % * i / 2 for i = 0, 1, 2.
    List<Double> margins =
        SimulatedBookmaker.of(List.of("a", "b", "c")).stream()
            .map(SimulatedBookmaker::margin)
            .toList();

    assertEquals(0.03, margins.get(0), 1e-12);
    assertEquals(0.05, margins.get(1), 1e-12);
    assertEquals(0.07, margins.get(2), 1e-12);
  }

  @Test
  void givesALoneBookmakerTheMiddleMargin() {
    assertEquals(0.05, SimulatedBookmaker.of(List.of("solo")).get(0).margin(), 1e-12);
  }

  @Test
  void titlesTheKeyWordByWord() {
    assertEquals("Sim Alpha", SimulatedBookmaker.of(List.of("sim_alpha")).get(0).title());
  }
}

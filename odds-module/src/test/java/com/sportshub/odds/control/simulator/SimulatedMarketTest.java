package com.sportshub.odds.control.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.odds.entity.FeedMarket;
import com.sportshub.odds.entity.FeedOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class SimulatedMarketTest {

  private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
  private static final SimulatedBookmaker FIVE_PERCENT =
      new SimulatedBookmaker("sim_beta", "Sim Beta", 0.05);

  /** No noise at all: every Gaussian draw is 0. */
  private static final RandomGenerator CALM =
      new RandomGenerator() {
        @Override
        public long nextLong() {
          return 0;
        }

        @Override
        public double nextGaussian() {
          return 0;
        }
      };

  @Test
  void pricesTheTrueProbabilityGrownByTheMargin() {
    // Worked by hand: 1 / (0.5 * 1.05) = 1.90476 -> 1.90.
    assertEquals(new BigDecimal("1.90"), SimulatedMarket.price(0.5, 0.05, 0));
  }

  @Test
  void roundsThePriceHalfUpToTwoDecimals() {
    // Worked by hand: 1 / (0.3 * 1.05) = 3.17460 -> 3.17; 1 / (0.16) = 6.25 exactly.
    assertEquals(new BigDecimal("3.17"), SimulatedMarket.price(0.3, 0.05, 0));
    assertEquals(new BigDecimal("6.25"), SimulatedMarket.price(0.16, 0, 0));
  }

  @Test
  void neverQuotesUnderOnePointZeroOne() {
    // Worked by hand: 1 / (0.98 * 1.07 * 1.01) = 0.944, below the floor.
    assertEquals(new BigDecimal("1.01"), SimulatedMarket.price(0.98, 0.07, 0.01));
  }

  @Test
  void scalesABookToOne() {
    // Worked by hand: (2, 1, 1) / 4.
    assertArrayEquals(
        new double[] {0.5, 0.25, 0.25}, SimulatedMarket.bounded(new double[] {2, 1, 1}), 1e-12);
  }

  @Test
  void keepsEveryOutcomeOnOrAboveTheFloor() {
    // Worked by hand: 0.001 sits on the floor 0.02 and the favourite takes the remaining 0.98.
    assertArrayEquals(
        new double[] {0.98, 0.02}, SimulatedMarket.bounded(new double[] {0.999, 0.001}), 1e-12);
  }

  @Test
  void walksWithoutLeavingABoundedBook() {
    SimulatedMarket market = SimulatedMarket.headToHead(List.of("A", "B", "Draw"), 0.45, 0.3, 0.25);
    RandomGenerator random = new SplittableRandom(7);

    for (int i = 0; i < 2_000; i++) {
      market.walk(random, 0.5);
      double[] p = market.truth();
      assertEquals(1.0, Arrays.stream(p).sum(), 1e-9);
      assertTrue(Arrays.stream(p).allMatch(x -> x >= SimulatedMarket.LOWEST_PROBABILITY - 1e-12));
    }
  }

  @Test
  void answersNothingWhenARequoteRepeatsThePrices() {
    SimulatedMarket market = SimulatedMarket.headToHead(List.of("A", "B"), 0.5, 0.5);

    Optional<FeedMarket> first = market.requote(FIVE_PERCENT, CALM, NOW);
    Optional<FeedMarket> second = market.requote(FIVE_PERCENT, CALM, NOW.plusSeconds(1));

    assertEquals(
        List.of(
            new FeedOutcome("A", new BigDecimal("1.90"), null),
            new FeedOutcome("B", new BigDecimal("1.90"), null)),
        first.orElseThrow().outcomes());
    assertEquals(Optional.empty(), second);
  }

  @Test
  void leavesASuspendedMarketOffTheBoardUntilItIsRequoted() {
    SimulatedMarket market = SimulatedMarket.headToHead(List.of("A", "B"), 0.5, 0.5);
    market.requote(FIVE_PERCENT, CALM, NOW);

    market.suspend("sim_beta");
    boolean offWhileSuspended = market.quoted("sim_beta").isEmpty();
    Optional<FeedMarket> back = market.requote(FIVE_PERCENT, CALM, NOW.plusSeconds(5));

    assertTrue(offWhileSuspended);
    assertTrue(back.isPresent(), "coming back counts as a change even at the same prices");
    assertFalse(market.suspended("sim_beta"));
    assertEquals(NOW.plusSeconds(5), market.quoted("sim_beta").orElseThrow().lastUpdate());
  }
}

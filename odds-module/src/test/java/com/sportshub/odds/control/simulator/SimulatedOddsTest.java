package com.sportshub.odds.control.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.odds.entity.EventStatus;
import com.sportshub.odds.entity.FeedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatedOddsTest {

  private static final Instant START = Instant.parse("2026-11-22T12:00:00Z");

  @Test
  void theFirstBatchIsTheWholeBoard() {
    SimulationSettings settings = SimulationSettings.defaults();
    SimulatedOdds odds = new SimulatedOdds(new PriceWalk(settings, START));

    List<FeedEvent> first = odds.next(START);

    assertEquals(settings.sports().size() * settings.eventsPerSport(), first.size());
  }

  @Test
  void aFinishedFixtureIsSentOnceAsClosedWithoutPrices() {
    SimulatedOdds odds = new SimulatedOdds(new PriceWalk(SimulationSettings.defaults(), START));
    Set<String> known = new HashSet<>();
    odds.next(START).forEach(e -> known.add(e.id()));

    List<FeedEvent> closed = new java.util.ArrayList<>();
    for (int minute = 1; minute <= 60 * 24 * 2 && closed.isEmpty(); minute++) {
      List<FeedEvent> batch = odds.next(START.plus(Duration.ofMinutes(minute)));
      batch.stream().filter(e -> e.status() == EventStatus.CLOSED).forEach(closed::add);
    }

    assertTrue(!closed.isEmpty(), "within two simulated days a fixture finishes");
    FeedEvent done = closed.get(0);
    assertTrue(known.contains(done.id()), "it closes a fixture the board had");
    assertTrue(done.bookmakers().isEmpty());
  }
}

package com.sportshub.racing.events;

import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.RunnerView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runners were added to a race's card (these ones, as they now stand); {@code placesPaid} is what
 * the race now pays (places follow the runners).
 */
public record RunnersDeclared(
    UUID changeId, RaceSummary race, List<RunnerView> runners, int placesPaid, Instant occurredAt) {

  public RunnersDeclared {
    runners = List.copyOf(runners);
  }
}

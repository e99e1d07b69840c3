package com.sportshub.racing.events;

import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.RunnerView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Runners were added to a race's card (these ones, as they now stand). */
public record RunnersDeclared(
    UUID changeId, RaceSummary race, List<RunnerView> runners, Instant occurredAt) {

  public RunnersDeclared {
    runners = List.copyOf(runners);
  }
}

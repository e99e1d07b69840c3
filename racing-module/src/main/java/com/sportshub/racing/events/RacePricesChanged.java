package com.sportshub.racing.events;

import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.RunnerView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Fixed-odds prices moved: the runners whose price changed, with their new price. */
public record RacePricesChanged(
    UUID changeId, RaceSummary race, List<RunnerView> runners, Instant occurredAt) {

  public RacePricesChanged {
    runners = List.copyOf(runners);
  }
}

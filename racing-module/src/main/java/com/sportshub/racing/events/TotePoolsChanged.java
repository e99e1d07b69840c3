package com.sportshub.racing.events;

import com.sportshub.racing.query.PoolView;
import com.sportshub.racing.query.RaceSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The tote sent a pool: the race's pools as they now stand, with approximate dividends. */
public record TotePoolsChanged(
    UUID changeId, RaceSummary race, List<PoolView> pools, Instant occurredAt) {

  public TotePoolsChanged {
    pools = List.copyOf(pools);
  }
}

package com.sportshub.odds.control.simulator;

import com.sportshub.odds.control.feed.OddsSource;
import com.sportshub.odds.entity.EventStatus;
import com.sportshub.odds.entity.FeedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator as a feed: the whole board on the first call, then what moved; a fixture that
 * finishes is sent once more as closed, so that clients and readers drop it.
 */
public final class SimulatedOdds implements OddsSource {

  private final PriceWalk walk;
  // Written by the publisher's timer, counted by status readers on other threads.
  private final Map<String, FeedEvent> open = new ConcurrentHashMap<>();
  private boolean started;

  public SimulatedOdds(PriceWalk walk) {
    this.walk = walk;
  }

  @Override
  public String name() {
    return "simulator";
  }

  @Override
  public List<FeedEvent> next(Instant now) {
    List<FeedEvent> batch = new ArrayList<>();
    if (!started) {
      started = true;
      batch.addAll(walk.snapshot());
    } else {
      batch.addAll(walk.tick(now));
      for (String id : walk.finishedInLastTick()) {
        FeedEvent last = open.remove(id);
        if (last != null) {
          batch.add(closed(last));
        }
      }
    }
    batch.stream().filter(e -> e.status() == null).forEach(e -> open.put(e.id(), e));
    return batch;
  }

  private static FeedEvent closed(FeedEvent event) {
    return new FeedEvent(
        event.id(),
        event.sportKey(),
        event.sportTitle(),
        event.commenceTime(),
        event.homeTeam(),
        event.awayTeam(),
        EventStatus.CLOSED,
        List.of());
  }

  @Override
  public String state() {
    return open.size() + " open events";
  }
}

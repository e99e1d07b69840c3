package com.sportshub.matches.query;

import java.time.Instant;
import java.util.List;

/**
 * The matches context's sync status: {@code status} ok, or degraded when a feed is failing, with
 * each feed's state and how many matches are live.
 */
public record SystemStatus(String status, List<FeedStatusView> feeds, int liveMatches, Instant at) {

  public SystemStatus {
    feeds = List.copyOf(feeds);
  }
}

package com.sportshub.odds.entity;

import java.time.Instant;
import java.util.List;

/** One bookmaker's markets for an event, as of {@code lastUpdate}. */
public record FeedBookmaker(
    String key, String title, Instant lastUpdate, List<FeedMarket> markets) {

  public FeedBookmaker {
    markets = List.copyOf(markets);
  }
}

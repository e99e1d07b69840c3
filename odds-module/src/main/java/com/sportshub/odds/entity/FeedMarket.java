package com.sportshub.odds.entity;

import java.time.Instant;
import java.util.List;

/** One market of one bookmaker: its outcomes with their decimal prices. */
public record FeedMarket(MarketType type, Instant lastUpdate, List<FeedOutcome> outcomes) {

  public FeedMarket {
    outcomes = List.copyOf(outcomes);
  }
}

package com.sportshub.odds.entity;

import java.time.Instant;
import java.util.List;

/**
 * One event as a feed reports it, in the shape of The Odds API v4: who plays when, and each
 * bookmaker's markets. Prices are already decimal, whatever format the feed used.
 */
public record FeedEvent(
    String id,
    String sportKey,
    String sportTitle,
    Instant commenceTime,
    String homeTeam,
    String awayTeam,
    List<FeedBookmaker> bookmakers) {

  public FeedEvent {
    bookmakers = List.copyOf(bookmakers);
  }
}

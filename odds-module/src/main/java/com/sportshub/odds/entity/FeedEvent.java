package com.sportshub.odds.entity;

import java.time.Instant;
import java.util.List;

/**
 * One event as a feed reports it, in the shape of The Odds API v4: who plays when, and each
 * bookmaker's markets. Prices are already decimal, whatever format the feed used. {@code status} is
 * this hub's extension (null when the feed does not say: the hub then derives it).
 */
public record FeedEvent(
    String id,
    String sportKey,
    String sportTitle,
    Instant commenceTime,
    String homeTeam,
    String awayTeam,
    EventStatus status,
    List<FeedBookmaker> bookmakers) {

  public FeedEvent {
    bookmakers = List.copyOf(bookmakers);
  }

  /** An event whose status the feed does not say (The Odds API never does). */
  public FeedEvent(
      String id,
      String sportKey,
      String sportTitle,
      Instant commenceTime,
      String homeTeam,
      String awayTeam,
      List<FeedBookmaker> bookmakers) {
    this(id, sportKey, sportTitle, commenceTime, homeTeam, awayTeam, null, bookmakers);
  }
}

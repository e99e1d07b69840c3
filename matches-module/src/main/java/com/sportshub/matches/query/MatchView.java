package com.sportshub.matches.query;

import java.time.Instant;

/**
 * A match as readers see it. {@code status} is the football-data.org status (SCHEDULED, TIMED,
 * IN_PLAY, PAUSED, EXTRA_TIME, PENALTY_SHOOTOUT, FINISHED, SUSPENDED, POSTPONED, CANCELLED,
 * AWARDED); {@code phase} the finer step (first_half, half_time, ...). {@code minute} and {@code
 * stoppage} are as of the last change; {@code periodStartedAt}, when the hub keeps the clock, lets
 * a client run it on. {@code winner} is HOME_TEAM, AWAY_TEAM or DRAW once decided.
 */
public record MatchView(
    String matchId,
    String competition,
    String season,
    Integer matchday,
    Instant kickoff,
    TeamView homeTeam,
    TeamView awayTeam,
    String status,
    String phase,
    Integer minute,
    Integer stoppage,
    Instant periodStartedAt,
    ScoreView score,
    String winner,
    String source,
    Instant updatedAt) {

  public boolean live() {
    return switch (status) {
      case "IN_PLAY", "PAUSED", "EXTRA_TIME", "PENALTY_SHOOTOUT" -> true;
      default -> false;
    };
  }
}

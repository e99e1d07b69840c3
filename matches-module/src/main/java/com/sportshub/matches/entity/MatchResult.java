package com.sportshub.matches.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The score of one match between two teams, final or (for a live table) as it stands.
 *
 * @param matchday the round of the competition, or null when unknown
 * @param date the day of play, or null when unknown; orders the form guide
 */
public record MatchResult(
    String homeTeam,
    String awayTeam,
    int homeGoals,
    int awayGoals,
    Integer matchday,
    LocalDate date) {

  public MatchResult {
    Objects.requireNonNull(homeTeam, "homeTeam");
    Objects.requireNonNull(awayTeam, "awayTeam");
    if (homeTeam.equals(awayTeam)) {
      throw new IllegalArgumentException("a team cannot play itself: " + homeTeam);
    }
    if (homeGoals < 0 || awayGoals < 0) {
      throw new IllegalArgumentException(
          "goals cannot be negative: %d-%d".formatted(homeGoals, awayGoals));
    }
  }

  /** A result without matchday or date; such results count in input order for form. */
  public MatchResult(String homeTeam, String awayTeam, int homeGoals, int awayGoals) {
    this(homeTeam, awayTeam, homeGoals, awayGoals, null, null);
  }

  public boolean involves(String team) {
    return homeTeam.equals(team) || awayTeam.equals(team);
  }
}

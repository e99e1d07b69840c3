package com.sportshub.matches.entity;

import java.util.Locale;

/**
 * Where a match stands in finer steps than its {@link MatchStatus}: which half is being played,
 * which break it is in. Each phase has one status; the match lifecycle moves between phases.
 *
 * <p>The play phases are declared in the order a match goes through them, so that {@link
 * #reached(MatchPhase)} can tell whether one comes at or after another.
 */
public enum MatchPhase {
  PRE_MATCH(null, 0),
  FIRST_HALF(MatchStatus.IN_PLAY, 1),
  HALF_TIME(MatchStatus.PAUSED, 2),
  SECOND_HALF(MatchStatus.IN_PLAY, 3),
  BEFORE_EXTRA_TIME(MatchStatus.PAUSED, 4),
  EXTRA_TIME_FIRST_HALF(MatchStatus.EXTRA_TIME, 5),
  EXTRA_TIME_HALF_TIME(MatchStatus.EXTRA_TIME, 6),
  EXTRA_TIME_SECOND_HALF(MatchStatus.EXTRA_TIME, 7),
  PENALTY_SHOOTOUT(MatchStatus.PENALTY_SHOOTOUT, 8),
  FULL_TIME(MatchStatus.FINISHED, 9),
  SUSPENDED(MatchStatus.SUSPENDED, -1),
  POSTPONED(MatchStatus.POSTPONED, -1),
  CANCELLED(MatchStatus.CANCELLED, -1),
  AWARDED(MatchStatus.AWARDED, -1);

  private final MatchStatus status;
  private final int step;

  MatchPhase(MatchStatus status, int step) {
    this.status = status;
    this.step = step;
  }

  /** The status of the phase; before kick-off TIMED when the time is known, else SCHEDULED. */
  public MatchStatus status(boolean kickoffKnown) {
    if (this == PRE_MATCH) {
      return kickoffKnown ? MatchStatus.TIMED : MatchStatus.SCHEDULED;
    }
    return status;
  }

  /** Whether the ball can be in play: a half of normal or extra time. */
  public boolean ballInPlay() {
    return this == FIRST_HALF
        || this == SECOND_HALF
        || this == EXTRA_TIME_FIRST_HALF
        || this == EXTRA_TIME_SECOND_HALF;
  }

  /** Whether the phase is part of the ordered progress of a match (not an interruption). */
  public boolean progress() {
    return step >= 0;
  }

  /** Whether this progress phase is {@code other} or comes after it; false for interruptions. */
  public boolean reached(MatchPhase other) {
    return progress() && other.progress() && step >= other.step;
  }

  /** Whether kick-off has happened and the final whistle has not. */
  public boolean underway() {
    return progress() && this != PRE_MATCH && this != FULL_TIME;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package com.sportshub.matches.entity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A match's status as football-data.org v4 names it, the vocabulary every feed is mapped onto.
 * SCHEDULED has no confirmed kick-off time yet, TIMED has one.
 */
public enum MatchStatus {
  SCHEDULED,
  TIMED,
  IN_PLAY,
  PAUSED,
  EXTRA_TIME,
  PENALTY_SHOOTOUT,
  FINISHED,
  SUSPENDED,
  POSTPONED,
  CANCELLED,
  AWARDED;

  /** The statuses of a match being played now: what the live list shows. */
  public static final Set<MatchStatus> LIVE =
      EnumSet.of(IN_PLAY, PAUSED, EXTRA_TIME, PENALTY_SHOOTOUT);

  /** The statuses whose result counts in a table. */
  public static final Set<MatchStatus> DECIDED = EnumSet.of(FINISHED, AWARDED);

  public boolean live() {
    return LIVE.contains(this);
  }

  public boolean decided() {
    return DECIDED.contains(this);
  }

  public String wireName() {
    return name();
  }

  /** The status named, ignoring case; null when there is none of that name. */
  public static MatchStatus named(String name) {
    if (name == null) {
      return null;
    }
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}

package com.sportshub.matches.entity;

/** Goals of the home and the away team, never negative. */
public record Goals(int home, int away) {

  public static final Goals NONE = new Goals(0, 0);

  public Goals {
    if (home < 0 || away < 0) {
      throw new IllegalArgumentException("goals cannot be negative: " + home + "-" + away);
    }
  }

  public Goals plus(Side side) {
    return side == Side.HOME ? new Goals(home + 1, away) : new Goals(home, away + 1);
  }

  public Goals plus(Goals other) {
    return new Goals(home + other.home, away + other.away);
  }

  public int of(Side side) {
    return side == Side.HOME ? home : away;
  }

  /** The side ahead, or null when level. */
  public Side leader() {
    if (home == away) {
      return null;
    }
    return home > away ? Side.HOME : Side.AWAY;
  }

  @Override
  public String toString() {
    return home + "-" + away;
  }
}

package com.sportshub.matches.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What can happen in a match that is worth recording. The {@code side} of an event is always the
 * team of the player it is about: an own goal by a home defender has side home and counts for the
 * away team. A {@link #PENALTY} is a scored penalty kick (in play or in a shoot-out), {@link
 * #MISSED_PENALTY} one that was not. A {@link #VAR} event records a review decision in its {@code
 * detail}; only {@code goal_disallowed}, naming the goal in {@code refersTo}, changes the score.
 */
public enum MatchEventType {
  GOAL,
  OWN_GOAL,
  PENALTY,
  MISSED_PENALTY,
  YELLOW_CARD,
  SECOND_YELLOW,
  RED_CARD,
  SUBSTITUTION,
  VAR;

  /** The VAR decision that takes a goal off the score. */
  public static final String GOAL_DISALLOWED = "goal_disallowed";

  /** A goal, an own goal or a scored penalty: something a VAR decision can disallow. */
  public boolean scores() {
    return this == GOAL || this == OWN_GOAL || this == PENALTY;
  }

  public boolean card() {
    return this == YELLOW_CARD || this == SECOND_YELLOW || this == RED_CARD;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MatchEventType> named(String name) {
    return name == null
        ? Optional.empty()
        : Arrays.stream(values())
            .filter(t -> t.wireName().equalsIgnoreCase(name.trim()))
            .findFirst();
  }
}

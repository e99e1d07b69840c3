package com.sportshub.matches.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a referee (or an admin, or the simulator) can tell a match. The first group moves the match
 * through its lifecycle; the last three record what happens in it.
 */
public enum MatchCommandType {
  START,
  PAUSE,
  RESUME,
  END,
  PENALTIES,
  SUSPEND,
  POSTPONE,
  RESCHEDULE,
  CANCEL,
  AWARD,
  ADD_EVENT,
  CORRECT_EVENT,
  STATISTICS;

  /** Whether the command moves the match to another phase (rather than recording in it). */
  public boolean moves() {
    return ordinal() < ADD_EVENT.ordinal();
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MatchCommandType> named(String name) {
    return name == null
        ? Optional.empty()
        : Arrays.stream(values())
            .filter(c -> c.wireName().equalsIgnoreCase(name.trim()))
            .findFirst();
  }
}

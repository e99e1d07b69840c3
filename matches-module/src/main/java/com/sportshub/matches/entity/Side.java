package com.sportshub.matches.entity;

import java.util.Locale;

/** The home or the away team of a match. */
public enum Side {
  HOME,
  AWAY;

  public Side other() {
    return this == HOME ? AWAY : HOME;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "home" or "away" in any case; null for anything else. */
  public static Side named(String name) {
    if (name == null) {
      return null;
    }
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "home" -> HOME;
      case "away" -> AWAY;
      default -> null;
    };
  }
}

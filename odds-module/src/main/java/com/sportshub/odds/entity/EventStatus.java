package com.sportshub.odds.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an event stands for betting. Prices move while it is scheduled or live; a suspended event
 * keeps its prices but they may not be taken; a closed event takes no more prices.
 */
public enum EventStatus {
  SCHEDULED,
  LIVE,
  SUSPENDED,
  CLOSED;

  /** The lower-case name used on the wire. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<EventStatus> ofWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
  }
}

package com.sportshub.matches.events;

import java.util.Locale;

/**
 * How a match changed, as {@link MatchChanged} reports it. Clients read it as {@link #wireName()}
 * ({@code event_added}), the form the hub has always sent.
 */
public enum MatchChange {
  CREATED,
  STARTED,
  PAUSED,
  RESUMED,
  ENDED,
  PENALTIES,
  SUSPENDED,
  POSTPONED,
  RESCHEDULED,
  CANCELLED,
  AWARDED,
  EVENT_ADDED,
  EVENT_CORRECTED,
  STATISTICS,
  FEED_UPDATE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

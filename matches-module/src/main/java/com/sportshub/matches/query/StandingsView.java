package com.sportshub.matches.query;

import java.time.Instant;
import java.util.List;

/**
 * A competition's table for one season: {@code type} total, home or away; {@code provisional} when
 * it counts scores of matches still being played (the table "as it stands").
 */
public record StandingsView(
    String competition,
    String season,
    String type,
    boolean provisional,
    List<StandingRow> rows,
    Instant computedAt) {

  public StandingsView {
    rows = List.copyOf(rows);
  }
}

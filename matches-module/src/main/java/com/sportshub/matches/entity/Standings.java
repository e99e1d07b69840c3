package com.sportshub.matches.entity;

import java.util.List;
import java.util.Optional;

/**
 * A league table.
 *
 * @param provisional true for a live table "as it stands", which counts matches still in play
 * @param rows ordered from first to last place
 */
public record Standings(TableType type, boolean provisional, List<TableRow> rows) {

  public Standings {
    rows = List.copyOf(rows);
  }

  /** The row of {@code team}, if the team is in this table. */
  public Optional<TableRow> rowOf(String team) {
    return rows.stream().filter(row -> row.team().equals(team)).findFirst();
  }

  /** The teams from first to last place. */
  public List<String> order() {
    return rows.stream().map(TableRow::team).toList();
  }
}

package com.sportshub.matches.entity;

import java.util.Objects;

/**
 * One team's line in a table.
 *
 * @param position 1 for the top of the table; every row has its own position
 * @param points points earned less {@code pointsDeducted}
 * @param pointsDeducted the sum of the team's deductions counted in this table (0 in home and away
 *     tables)
 * @param form the results of the team's last five matches in this table as letters W, D and L,
 *     oldest first and newest last ("WWDLW" ends with a win); shorter when fewer were played
 */
public record TableRow(
    int position,
    String team,
    int played,
    int won,
    int drawn,
    int lost,
    int goalsFor,
    int goalsAgainst,
    int goalDifference,
    int points,
    int pointsDeducted,
    String form) {

  public TableRow {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(form, "form");
    if (goalDifference != goalsFor - goalsAgainst) {
      throw new IllegalArgumentException("goal difference must be goals for less goals against");
    }
  }
}

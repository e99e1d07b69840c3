package com.sportshub.matches.commands;

import java.util.Objects;

/**
 * Points taken from a team by its league as a sanction (for instance for a breach of financial
 * rules). Several deductions for one team add up.
 *
 * @param points how many points are taken, greater than zero
 */
public record PointsDeduction(String team, int points, String reason) {

  public PointsDeduction {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(reason, "reason");
    if (points <= 0) {
      throw new IllegalArgumentException("a deduction takes at least one point, was " + points);
    }
  }
}

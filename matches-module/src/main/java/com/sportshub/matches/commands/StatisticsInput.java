package com.sportshub.matches.commands;

/** Statistics to record for either team or both; a missing team or count is left as it was. */
public record StatisticsInput(TeamCounts home, TeamCounts away) {

  /** One team's counts: possession in per cent, shots, shots on target, corners, fouls. */
  public record TeamCounts(
      Integer possession, Integer shots, Integer shotsOnTarget, Integer corners, Integer fouls) {}
}

package com.sportshub.matches.entity;

import com.sportshub.matches.commands.PointsDeduction;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a table is computed from.
 *
 * @param teams teams that belong in the table even before they have played; teams that appear in a
 *     result or a deduction are added anyway
 * @param finished results of matches that are over, in the order they were played where dates do
 *     not tell (the form guide breaks ties of date by this order)
 * @param inPlay scores of matches still being played; any at all make the table provisional
 * @param deductions points deductions, counted in the total table only
 */
public record SeasonResults(
    Set<String> teams,
    List<MatchResult> finished,
    List<MatchResult> inPlay,
    List<PointsDeduction> deductions) {

  public SeasonResults {
    teams = Set.copyOf(Objects.requireNonNull(teams, "teams"));
    finished = List.copyOf(Objects.requireNonNull(finished, "finished"));
    inPlay = List.copyOf(Objects.requireNonNull(inPlay, "inPlay"));
    deductions = List.copyOf(Objects.requireNonNull(deductions, "deductions"));
  }

  /** Finished results only: no extra teams, nothing in play, no deductions. */
  public static SeasonResults of(List<MatchResult> finished) {
    return new SeasonResults(Set.of(), finished, List.of(), List.of());
  }

  public SeasonResults withTeams(Set<String> allTeams) {
    return new SeasonResults(allTeams, finished, inPlay, deductions);
  }

  public SeasonResults withInPlay(List<MatchResult> scoresInPlay) {
    return new SeasonResults(teams, finished, scoresInPlay, deductions);
  }

  public SeasonResults withDeductions(List<PointsDeduction> pointsDeductions) {
    return new SeasonResults(teams, finished, inPlay, pointsDeductions);
  }
}

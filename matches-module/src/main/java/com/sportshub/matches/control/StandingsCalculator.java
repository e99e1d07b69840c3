package com.sportshub.matches.control;

import com.sportshub.matches.commands.PointsDeduction;
import com.sportshub.matches.commands.PointsRule;
import com.sportshub.matches.entity.MatchResult;
import com.sportshub.matches.entity.SeasonResults;
import com.sportshub.matches.entity.Standings;
import com.sportshub.matches.entity.TableRow;
import com.sportshub.matches.entity.TableType;
import com.sportshub.matches.entity.TieBreakRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a competition's league tables from its results: total, home and away, with points
 * deductions, form and the competition's tie-break rules. Stateless and thread-safe; one instance
 * per competition's configuration.
 *
 * <p>Deductions count in the total table only. Home and away tables show what was earned on each
 * side: a deduction is a sanction on the season, and splitting it between home and away would be
 * arbitrary. Scores in play count like finished results but mark the table provisional.
 */
public final class StandingsCalculator {

  private final PointsRule points;
  private final TieBreakRules rules;

  public StandingsCalculator(PointsRule points, TieBreakRules rules) {
    this.points = Objects.requireNonNull(points, "points");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** Three points for a win, one for a draw. */
  public StandingsCalculator(TieBreakRules rules) {
    this(PointsRule.STANDARD, rules);
  }

  /** The table of {@code type}; provisional when {@code season} has scores in play. */
  public Standings table(TableType type, SeasonResults season) {
    var counted = new ArrayList<MatchResult>(season.finished());
    counted.addAll(season.inPlay());
    var teams = new HashSet<>(season.teams());
    season.deductions().forEach(deduction -> teams.add(deduction.team()));

    var tally = Tally.of(teams, counted, points, type);
    if (type == TableType.TOTAL) {
      for (PointsDeduction deduction : season.deductions()) {
        tally.recordOf(deduction.team()).deduct(deduction.points());
      }
    }
    var order =
        TieBreakOrder.rank(
            tally.teams(),
            TieBreakOrder.of(rules, type),
            new TieBreakStep.Context(tally, counted, points));
    var form = FormGuide.of(counted, type);

    var rows = new ArrayList<TableRow>();
    for (var team : order) {
      rows.add(row(rows.size() + 1, team, tally.recordOf(team), form.getOrDefault(team, "")));
    }
    return new Standings(type, !season.inPlay().isEmpty(), rows);
  }

  /** The total, home and away tables of {@code season}. */
  public Map<TableType, Standings> tables(SeasonResults season) {
    var tables = new EnumMap<TableType, Standings>(TableType.class);
    for (var type : TableType.values()) {
      tables.put(type, table(type, season));
    }
    return tables;
  }

  private static TableRow row(int position, String team, TeamRecord record, String form) {
    return new TableRow(
        position,
        team,
        record.played(),
        record.won(),
        record.drawn(),
        record.lost(),
        record.goalsFor(),
        record.goalsAgainst(),
        record.goalDifference(),
        record.points(),
        record.deducted(),
        form);
  }

  /** The tables' points rule. */
  public PointsRule points() {
    return points;
  }

  /** The tables' tie-break rule set. */
  public TieBreakRules rules() {
    return rules;
  }
}

package com.sportshub.matches.control;

import static com.sportshub.matches.control.Measure.AWAY_GOALS;
import static com.sportshub.matches.control.Measure.AWAY_WINS;
import static com.sportshub.matches.control.Measure.GOALS_FOR;
import static com.sportshub.matches.control.Measure.GOAL_DIFFERENCE;
import static com.sportshub.matches.control.Measure.POINTS;
import static com.sportshub.matches.control.Measure.WINS;

import com.sportshub.matches.control.TieBreakStep.Context;
import com.sportshub.matches.entity.TableType;
import com.sportshub.matches.entity.TieBreakRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns a rule set into its criteria and ranks a table by them: the first criterion splits the
 * whole table, each next one splits only the groups the ones before it left level.
 */
final class TieBreakOrder {

  private TieBreakOrder() {}

  /** The criteria of {@code rules} in order; see {@link TieBreakRules} for their sources. */
  static List<TieBreakStep> of(TieBreakRules rules, TableType type) {
    if (type != TableType.TOTAL) {
      return List.of(
          TieBreakStep.overall(POINTS, GOAL_DIFFERENCE, GOALS_FOR), TieBreakStep.byName());
    }
    return switch (rules) {
      case PREMIER_LEAGUE ->
          List.of(
              TieBreakStep.overall(POINTS, GOAL_DIFFERENCE, GOALS_FOR),
              TieBreakStep.headToHead(POINTS, AWAY_GOALS),
              TieBreakStep.byName());
      case LA_LIGA ->
          List.of(
              TieBreakStep.overall(POINTS),
              TieBreakStep.headToHead(POINTS, GOAL_DIFFERENCE),
              TieBreakStep.overall(GOAL_DIFFERENCE, GOALS_FOR),
              TieBreakStep.byName());
      case UEFA_GROUP_STAGE ->
          List.of(
              TieBreakStep.overall(POINTS),
              TieBreakStep.headToHeadReapplied(POINTS, GOAL_DIFFERENCE, GOALS_FOR),
              TieBreakStep.overall(GOAL_DIFFERENCE, GOALS_FOR, AWAY_GOALS, WINS, AWAY_WINS),
              TieBreakStep.byName());
    };
  }

  /** {@code teams} from first to last place. */
  static List<String> rank(Collection<String> teams, List<TieBreakStep> steps, Context context) {
    return rank(teams.stream().sorted(TieBreakStep.BY_NAME).toList(), steps, 0, context);
  }

  private static List<String> rank(
      List<String> level, List<TieBreakStep> steps, int next, Context context) {
    if (level.size() < 2 || next == steps.size()) {
      return level;
    }
    var ranked = new ArrayList<String>();
    for (var group : steps.get(next).split(level, context)) {
      ranked.addAll(rank(group, steps, next + 1, context));
    }
    return ranked;
  }
}

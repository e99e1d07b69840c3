package com.sportshub.matches.control;

import com.sportshub.matches.commands.PointsRule;
import com.sportshub.matches.entity.MatchResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One criterion of a tie-break rule set. It takes teams that are level so far and splits them into
 * groups, best first, whose members are still level with each other.
 */
interface TieBreakStep {

  /** What the criteria read: the table's records, the results it counts, the points rule. */
  record Context(Tally table, List<MatchResult> results, PointsRule rule) {}

  /** Names compare case-insensitively first, so "AFC Bournemouth" sorts among the A's. */
  Comparator<String> BY_NAME =
      String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

  List<List<String>> split(List<String> level, Context context);

  /** Compares the teams' records over all the matches the table counts. */
  static TieBreakStep overall(Measure... measures) {
    return (level, context) -> partition(level, context.table(), List.of(measures));
  }

  /** Compares the teams' records in one mini-league of the matches among all of them. */
  static TieBreakStep headToHead(Measure... measures) {
    return (level, context) ->
        partition(level, Tally.among(level, context.results(), context.rule()), List.of(measures));
  }

  /**
   * Like {@link #headToHead}, but each group the mini-league leaves level, if smaller than the
   * teams it started from, gets a new mini-league of just its own matches, until none separates.
   */
  static TieBreakStep headToHeadReapplied(Measure... measures) {
    return new Reapplied(headToHead(measures));
  }

  /** The last resort: the team name, standing in for what a table cannot know. */
  static TieBreakStep byName() {
    return (level, context) -> level.stream().sorted(BY_NAME).map(List::of).toList();
  }

  /** Orders {@code teams} by the measures, best first, and groups those equal on all of them. */
  static List<List<String>> partition(List<String> teams, Tally tally, List<Measure> measures) {
    Comparator<String> better = (a, b) -> 0;
    for (var measure : measures) {
      better = better.thenComparing(team -> -measure.of(tally.recordOf(team)));
    }
    var sorted = teams.stream().sorted(better).toList();
    var groups = new ArrayList<List<String>>();
    var current = new ArrayList<String>();
    for (var team : sorted) {
      if (!current.isEmpty() && better.compare(current.get(0), team) != 0) {
        groups.add(List.copyOf(current));
        current.clear();
      }
      current.add(team);
    }
    if (!current.isEmpty()) {
      groups.add(List.copyOf(current));
    }
    return groups;
  }

  /** Re-applies a head-to-head step to the teams it leaves level (UEFA Article 17.01 (d)). */
  record Reapplied(TieBreakStep once) implements TieBreakStep {
    @Override
    public List<List<String>> split(List<String> level, Context context) {
      var groups = once.split(level, context);
      if (groups.size() == 1) {
        return groups;
      }
      var result = new ArrayList<List<String>>();
      for (var group : groups) {
        result.addAll(group.size() > 1 ? split(group, context) : List.of(group));
      }
      return result;
    }
  }
}

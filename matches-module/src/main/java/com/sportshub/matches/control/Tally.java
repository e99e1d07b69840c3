package com.sportshub.matches.control;

import com.sportshub.matches.commands.PointsRule;
import com.sportshub.matches.entity.MatchResult;
import com.sportshub.matches.entity.TableType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The records of a set of teams over a set of results: a whole table or a mini-league. */
final class Tally {

  private final Map<String, TeamRecord> records = new LinkedHashMap<>();

  private Tally() {}

  /**
   * Counts {@code results} from the side {@code type} names (both sides for TOTAL). Every team in
   * {@code teams} gets a record, played or not; teams found in the results are added.
   */
  static Tally of(
      Collection<String> teams, Iterable<MatchResult> results, PointsRule rule, TableType type) {
    var tally = new Tally();
    teams.forEach(tally::recordOf);
    for (var result : results) {
      // Both teams belong in the table, even the side a home or away table does not count.
      var home = tally.recordOf(result.homeTeam());
      var away = tally.recordOf(result.awayTeam());
      if (type != TableType.AWAY) {
        home.count(result.homeGoals(), result.awayGoals(), false, rule);
      }
      if (type != TableType.HOME) {
        away.count(result.awayGoals(), result.homeGoals(), true, rule);
      }
    }
    return tally;
  }

  /** The mini-league of {@code teams}: only the results of matches between two of them. */
  static Tally among(Collection<String> teams, Iterable<MatchResult> results, PointsRule rule) {
    Set<String> members = Set.copyOf(teams);
    var between = new ArrayList<MatchResult>();
    for (var result : results) {
      if (members.contains(result.homeTeam()) && members.contains(result.awayTeam())) {
        between.add(result);
      }
    }
    return of(teams, between, rule, TableType.TOTAL);
  }

  TeamRecord recordOf(String team) {
    return records.computeIfAbsent(team, name -> new TeamRecord());
  }

  Set<String> teams() {
    return records.keySet();
  }
}

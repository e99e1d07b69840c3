package com.sportshub.matches.control;

import com.sportshub.matches.entity.MatchResult;
import com.sportshub.matches.entity.TableType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The form guide: each team's last five results as W, D and L, oldest first and newest last.
 * Matches are put in order of play by date; results on the same date, or without one, keep the
 * order they were given in, and results without a date count as the most recent (a live score often
 * has none).
 */
final class FormGuide {

  static final int LENGTH = 5;

  private FormGuide() {}

  /** The form of every team that played one of {@code results} on the side {@code type} counts. */
  static Map<String, String> of(List<MatchResult> results, TableType type) {
    var inOrder =
        results.stream()
            .sorted(
                Comparator.comparing(
                    MatchResult::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
            .toList();
    var form = new HashMap<String, StringBuilder>();
    for (var result : inOrder) {
      if (type != TableType.AWAY) {
        append(form, result.homeTeam(), result.homeGoals(), result.awayGoals());
      }
      if (type != TableType.HOME) {
        append(form, result.awayTeam(), result.awayGoals(), result.homeGoals());
      }
    }
    var lastFive = new HashMap<String, String>();
    form.forEach(
        (team, letters) ->
            lastFive.put(team, letters.substring(Math.max(0, letters.length() - LENGTH))));
    return lastFive;
  }

  private static void append(
      Map<String, StringBuilder> form, String team, int scored, int conceded) {
    char letter = scored > conceded ? 'W' : scored == conceded ? 'D' : 'L';
    form.computeIfAbsent(team, name -> new StringBuilder()).append(letter);
  }
}

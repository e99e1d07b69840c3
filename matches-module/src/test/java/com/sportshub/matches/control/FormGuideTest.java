package com.sportshub.matches.control;

import static com.sportshub.matches.control.Games.game;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.matches.entity.MatchResult;
import com.sportshub.matches.entity.SeasonResults;
import com.sportshub.matches.entity.TableType;
import com.sportshub.matches.entity.TieBreakRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The last five results, oldest first, newest last, in order of play. Worked by hand. */
class FormGuideTest {

  private final StandingsCalculator calculator =
      new StandingsCalculator(TieBreakRules.PREMIER_LEAGUE);

  private static MatchResult on(
      String date, String home, int homeGoals, int awayGoals, String away) {
    return new MatchResult(home, away, homeGoals, awayGoals, null, LocalDate.parse(date));
  }

  private String formOfA(TableType type, List<MatchResult> results) {
    return calculator.table(type, SeasonResults.of(results)).rowOf("A").orElseThrow().form();
  }

  @Test
  void showsTheLastFiveByDateNewestLast() {
    // A by date: 1 Aug W 1-0, 8 Aug D 0-0, 15 Aug L 0-2, 22 Aug W 3-0, 29 Aug D 1-1, 5 Sep L 0-2.
    // Given out of order; the last five, oldest first: D L W D L (the 1 Aug win drops out).
    var results =
        List.of(
            on("2022-09-05", "A", 0, 2, "C"),
            on("2022-08-01", "A", 1, 0, "B"),
            on("2022-08-22", "C", 0, 3, "A"),
            on("2022-08-08", "A", 0, 0, "C"),
            on("2022-08-29", "A", 1, 1, "B"),
            on("2022-08-15", "B", 2, 0, "A"));
    assertEquals("DLWDL", formOfA(TableType.TOTAL, results));
  }

  @Test
  void keepsTheGivenOrderForResultsOnTheSameDayOrWithoutADate() {
    // Same day: win then loss as given. Undated results come after dated ones: draw last.
    var results =
        List.of(
            game("A", 2, 2, "C"),
            on("2022-08-06", "A", 1, 0, "B"),
            on("2022-08-06", "B", 1, 0, "A"));
    assertEquals("WLD", formOfA(TableType.TOTAL, results));
  }

  @Test
  void aHomeTablesFormCountsHomeMatchesOnly() {
    // A's home matches by date: W 1-0 (1 Aug), D 0-0 (8 Aug); the away loss on 15 Aug is left out.
    var results =
        List.of(
            on("2022-08-01", "A", 1, 0, "B"),
            on("2022-08-08", "A", 0, 0, "C"),
            on("2022-08-15", "B", 2, 0, "A"));
    assertEquals("WD", formOfA(TableType.HOME, results));
  }
}

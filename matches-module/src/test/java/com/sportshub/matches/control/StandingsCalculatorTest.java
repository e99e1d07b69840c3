package com.sportshub.matches.control;

import static com.sportshub.matches.control.Games.game;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.matches.commands.PointsDeduction;
import com.sportshub.matches.commands.PointsRule;
import com.sportshub.matches.entity.MatchResult;
import com.sportshub.matches.entity.SeasonResults;
import com.sportshub.matches.entity.Standings;
import com.sportshub.matches.entity.TableRow;
import com.sportshub.matches.entity.TableType;
import com.sportshub.matches.entity.TieBreakRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Counting, deductions, home and away tables, provisional tables. All tables worked by hand from
 * three results: A 2-0 B, B 1-0 C, C 1-1 A.
 */
class StandingsCalculatorTest {

  private static final List<MatchResult> ROUND =
      List.of(game("A", 2, 0, "B"), game("B", 1, 0, "C"), game("C", 1, 1, "A"));

  private final StandingsCalculator calculator =
      new StandingsCalculator(TieBreakRules.PREMIER_LEAGUE);

  private static TableRow rowOf(Standings standings, String team) {
    return standings.rowOf(team).orElseThrow();
  }

  @Test
  void countsPlayedWonDrawnLostGoalsAndPoints() {
    // A: W 2-0, D 1-1 = P2 W1 D1 L0, 3-1, +2, 3+1 = 4 pts.
    var table = calculator.table(TableType.TOTAL, SeasonResults.of(ROUND));
    assertEquals(new TableRow(1, "A", 2, 1, 1, 0, 3, 1, 2, 4, 0, "WD"), rowOf(table, "A"));
  }

  @Test
  void ordersTheTotalTableByPoints() {
    // A 4 pts, B 3 pts (W 1-0, L 0-2), C 1 pt (L 0-1, D 1-1).
    var table = calculator.table(TableType.TOTAL, SeasonResults.of(ROUND));
    assertEquals(List.of("A", "B", "C"), table.order());
  }

  @Test
  void deductionsLowerPointsInTheTotalTable() {
    // A 4 - 2 = 2 pts falls below B's 3.
    var season =
        SeasonResults.of(ROUND).withDeductions(List.of(new PointsDeduction("A", 2, "breach")));
    var table = calculator.table(TableType.TOTAL, season);
    assertEquals(List.of("B", "A", "C"), table.order());
    assertEquals(2, rowOf(table, "A").points());
    assertEquals(2, rowOf(table, "A").pointsDeducted());
  }

  @Test
  void homeTablesCountHomeMatchesOnlyAndNoDeductions() {
    // Home: A W 2-0 (3 pts, +2), B W 1-0 (3 pts, +1), C D 1-1 (1 pt). A keeps its 3 pts.
    var season =
        SeasonResults.of(ROUND).withDeductions(List.of(new PointsDeduction("A", 2, "breach")));
    var table = calculator.table(TableType.HOME, season);
    assertEquals(List.of("A", "B", "C"), table.order());
    assertEquals(new TableRow(1, "A", 1, 1, 0, 0, 2, 0, 2, 3, 0, "W"), rowOf(table, "A"));
  }

  @Test
  void awayTablesCountAwayMatchesOnly() {
    // Away: A D 1-1 at C (1 pt), C L 0-1 at B (0 pts, -1), B L 0-2 at A (0 pts, -2).
    var table = calculator.table(TableType.AWAY, SeasonResults.of(ROUND));
    assertEquals(List.of("A", "C", "B"), table.order());
    assertEquals(1, rowOf(table, "A").points());
  }

  @Test
  void awardsPointsByTheCompetitionsRule() {
    // Two points for a win: A (W, D) has 2 + 1 = 3 pts.
    var twoForAWin = new StandingsCalculator(new PointsRule(2, 1, 0), TieBreakRules.LA_LIGA);
    var table = twoForAWin.table(TableType.TOTAL, SeasonResults.of(ROUND));
    assertEquals(3, rowOf(table, "A").points());
  }

  @Test
  void listsTeamsThatHaveNotPlayedLastWithNothing() {
    var season = SeasonResults.of(ROUND).withTeams(Set.of("A", "B", "C", "D"));
    var table = calculator.table(TableType.TOTAL, season);
    assertEquals(new TableRow(4, "D", 0, 0, 0, 0, 0, 0, 0, 0, 0, ""), rowOf(table, "D"));
  }

  @Test
  void countsScoresInPlayAndMarksTheTableProvisional() {
    // C leads B 3-0 in play: C has 1 + 3 = 4 pts, 4-2 (+2), level with A (4 pts, 3-1, +2) on
    // points and difference; C scored 4 to A's 3, so C is top as it stands. B stays on 3.
    var season = SeasonResults.of(ROUND).withInPlay(List.of(game("C", 3, 0, "B")));
    var table = calculator.table(TableType.TOTAL, season);
    assertTrue(table.provisional());
    assertEquals(List.of("C", "A", "B"), table.order());
  }

  @Test
  void aTableOfFinishedResultsIsNotProvisional() {
    assertFalse(calculator.table(TableType.TOTAL, SeasonResults.of(ROUND)).provisional());
  }

  @Test
  void computesTotalHomeAndAwayTablesTogether() {
    var tables = calculator.tables(SeasonResults.of(ROUND));
    assertEquals(List.of("A", "C", "B"), tables.get(TableType.AWAY).order());
    assertEquals(TableType.HOME, tables.get(TableType.HOME).type());
  }
}

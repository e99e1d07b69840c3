package com.sportshub.matches.control;

import com.sportshub.matches.entity.MatchResult;
import com.sportshub.matches.entity.SeasonResults;
import com.sportshub.matches.entity.Standings;
import com.sportshub.matches.entity.TableType;
import com.sportshub.matches.entity.TieBreakRules;
import java.util.List;

/** Short ways to write the small constructed tables of the tests. */
final class Games {

  private Games() {}

  /** {@code home} {@code homeGoals}-{@code awayGoals} {@code away}, read like a score line. */
  static MatchResult game(String home, int homeGoals, int awayGoals, String away) {
    return new MatchResult(home, away, homeGoals, awayGoals);
  }

  static Standings total(TieBreakRules rules, MatchResult... results) {
    return new StandingsCalculator(rules)
        .table(TableType.TOTAL, SeasonResults.of(List.of(results)));
  }

  /** The teams of the total table from first to last place. */
  static List<String> order(TieBreakRules rules, MatchResult... results) {
    return total(rules, results).order();
  }

  /**
   * A four-team table in which the winner of a head-to-head has the worse goal difference: Anvil,
   * Birch and Cedar all finish on 10 points. Worked by hand:
   *
   * <pre>
   *   overall        P   GF GA GD     mini-league of Anvil, Birch, Cedar
   *   Anvil         10    6  3 +3     Birch 9 pts (3-1), Anvil 4 pts (2-3), Cedar 4 pts (2-3)
   *   Birch         10    3  2 +1     Anvil v Cedar alone: Cedar 4 pts (W 1-0, D 1-1), Anvil 1
   *   Cedar         10    4  3 +1
   *   Dune           4    1  6 -5
   * </pre>
   */
  static MatchResult[] threeLevelOnTenPoints() {
    return new MatchResult[] {
      game("Birch", 1, 0, "Anvil"),
      game("Anvil", 1, 0, "Birch"),
      game("Birch", 1, 0, "Cedar"),
      game("Cedar", 0, 1, "Birch"),
      game("Cedar", 1, 0, "Anvil"),
      game("Anvil", 1, 1, "Cedar"),
      game("Birch", 0, 0, "Dune"),
      game("Dune", 1, 0, "Birch"),
      game("Anvil", 3, 0, "Dune"),
      game("Dune", 0, 1, "Anvil"),
      game("Cedar", 1, 0, "Dune"),
      game("Dune", 0, 1, "Cedar")
    };
  }

  /**
   * A beat B, but B has the better goal difference. Worked by hand: D 6 pts (3-0), B 3 pts (3-1,
   * +2), A 3 pts (1-1, 0), C 0 pts (0-5).
   */
  static MatchResult[] headToHeadWinnerHasWorseGoalDifference() {
    return new MatchResult[] {
      game("A", 1, 0, "B"), game("B", 3, 0, "C"), game("D", 1, 0, "A"), game("D", 2, 0, "C")
    };
  }
}

package com.sportshub.matches.control;

import static com.sportshub.matches.control.Games.game;
import static com.sportshub.matches.control.Games.order;
import static com.sportshub.matches.entity.TieBreakRules.PREMIER_LEAGUE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Premier League order: points, goal difference, goals scored, head-to-head points, head-to-head
 * away goals, then (stand-in for a play-off) the name. Rule source: Premier League Handbook,
 * Section C; head-to-head added for 2019/20 (premierleague.com announcement, July 2019). Every
 * table is worked by hand in its comment; names are chosen so that alphabetical order would give a
 * different answer.
 */
class PremierLeagueTieBreakTest {

  @Test
  void goalDifferenceComesBeforeHeadToHead() {
    // A beat B 1-0, yet B (3 pts, +2) is above A (3 pts, 0): head-to-head only counts once goal
    // difference and goals scored are level. D 6 pts first, C 0 pts last.
    assertEquals(
        List.of("D", "B", "A", "C"),
        order(PREMIER_LEAGUE, Games.headToHeadWinnerHasWorseGoalDifference()));
  }

  @Test
  void goalsScoredSeparateTeamsLevelOnGoalDifference() {
    // B won 3-1 and A won 2-0: both 3 pts and +2, B scored 3 to A's 2. C (1-3) and D (0-2) are
    // both -2, C scored 1 to D's 0.
    assertEquals(
        List.of("B", "A", "C", "D"),
        order(PREMIER_LEAGUE, game("B", 3, 1, "C"), game("A", 2, 0, "D")));
  }

  @Test
  void headToHeadPointsSeparateTeamsLevelOnPointsGoalDifferenceAndGoalsScored() {
    // A: L 1-2 at B, W 1-0 v C = 3 pts, 2-2. B: W 2-1 v A, L 0-1 at D = 3 pts, 2-2.
    // D: 3 pts, +1, above both. Between A and B: B 3 head-to-head points, A 0, so B above A.
    assertEquals(
        List.of("D", "B", "A", "C"),
        order(PREMIER_LEAGUE, game("B", 2, 1, "A"), game("A", 1, 0, "C"), game("D", 1, 0, "B")));
  }

  @Test
  void headToHeadAwayGoalsSeparateTeamsThatWonOneEach() {
    // A 1-2 B and B 0-1 A: each 3 pts, 2-2 overall, 3 head-to-head points each. Away goals in
    // those matches: B scored 2 at A, A scored 1 at B, so B above A.
    assertEquals(
        List.of("B", "A"), order(PREMIER_LEAGUE, game("A", 1, 2, "B"), game("B", 0, 1, "A")));
  }

  @Test
  void teamsLevelOnEveryCriterionAreOrderedByName() {
    // Two 1-1 draws: level on everything, including head-to-head away goals (1 each); the
    // play-off the league would arrange is stood in for by the name.
    assertEquals(
        List.of("Alpha", "Zeta"),
        order(PREMIER_LEAGUE, game("Zeta", 1, 1, "Alpha"), game("Alpha", 1, 1, "Zeta")));
  }

  @Test
  void goalsScoredRankBeforeAHeadToHeadWonTwice() {
    // Games.threeLevelOnTenPoints: Anvil +3 first; Birch and Cedar both +1, Cedar scored 4 to
    // Birch's 3, so Cedar is above Birch although Birch beat Cedar twice.
    assertEquals(
        List.of("Anvil", "Cedar", "Birch", "Dune"),
        order(PREMIER_LEAGUE, Games.threeLevelOnTenPoints()));
  }
}

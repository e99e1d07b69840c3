package com.sportshub.matches.control;

import static com.sportshub.matches.control.Games.game;
import static com.sportshub.matches.control.Games.order;
import static com.sportshub.matches.entity.TieBreakRules.LA_LIGA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LaLiga order: points; a mini-league of the matches among all teams level on points (its points,
 * then its goal difference); overall goal difference; overall goals scored; the name as stand-in
 * for fair play. Rule source: RFEF Reglamento General, Article 201 (two clubs: goal difference of
 * their matches; more than two: points, then goal difference, of the matches among them; then
 * overall goal difference and goals). Tables worked by hand in each comment.
 */
class LaLigaTieBreakTest {

  @Test
  void headToHeadComesBeforeGoalDifference() {
    // A and B both 3 pts; B has +2 to A's 0, but A beat B 1-0, so A is above B (the Premier
    // League puts B first on the same results). D 6 pts first, C 0 pts last.
    assertEquals(
        List.of("D", "A", "B", "C"),
        order(LA_LIGA, Games.headToHeadWinnerHasWorseGoalDifference()));
  }

  @Test
  void twoClubsAreSeparatedByTheGoalDifferenceOfTheirTwoMatches() {
    // A 1-0 B and B 3-0 A: 3 head-to-head points each, but B is +2 over the two matches.
    // With A 6-0 X and B 1-0 X both have 6 pts; A has the better overall goal difference
    // (7-3, +4 against 4-1, +3) and still finishes below B.
    assertEquals(
        List.of("B", "A", "X"),
        order(
            LA_LIGA,
            game("A", 1, 0, "B"),
            game("B", 3, 0, "A"),
            game("A", 6, 0, "X"),
            game("B", 1, 0, "X")));
  }

  @Test
  void theMiniLeagueOfAllTiedTeamsIsNotReappliedToTheTeamsItLeavesLevel() {
    // Games.threeLevelOnTenPoints: the mini-league puts Birch (9 pts) first and leaves Anvil and
    // Cedar level (4 pts, -1 each). LaLiga goes on to overall goal difference: Anvil +3, Cedar +1,
    // although Cedar took 4 points from Anvil in their own two matches (UEFA puts Cedar first).
    assertEquals(
        List.of("Birch", "Anvil", "Cedar", "Dune"), order(LA_LIGA, Games.threeLevelOnTenPoints()));
  }

  @Test
  void overallGoalsScoredFollowOverallGoalDifference() {
    // A and B drew 1-1 and 2-2: 2 head-to-head points and 0 difference each. A 1-0 X, B 3-2 X:
    // both 5 pts and +1 overall; B scored 6 (1+2+3) to A's 4 (1+2+1), so B is above A.
    assertEquals(
        List.of("B", "A", "X"),
        order(
            LA_LIGA,
            game("A", 1, 1, "B"),
            game("B", 2, 2, "A"),
            game("A", 1, 0, "X"),
            game("B", 3, 2, "X")));
  }
}

package com.sportshub.matches.control;

import static com.sportshub.matches.control.Games.game;
import static com.sportshub.matches.control.Games.order;
import static com.sportshub.matches.entity.TieBreakRules.UEFA_GROUP_STAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * UEFA group-stage order, UEFA Champions League Regulations 2021-24 cycle (2023/24 edition),
 * Article 17.01: (a) to (c) head-to-head points, goal difference, goals scored among the teams
 * level; (d) (a) to (c) re-applied to the teams still level; (e) overall goal difference, (f) goals
 * scored, (g) away goals scored, (h) wins, (i) away wins; (j) disciplinary points and (k) club
 * coefficient stood in for by the name. No head-to-head away goals since 2021/22. Tables worked by
 * hand in each comment.
 */
class UefaGroupStageTieBreakTest {

  @Test
  void headToHeadComesBeforeOverallGoalDifference() {
    // A and B both 3 pts, B +2 and A 0; A beat B 1-0, so A is above B (criterion a).
    assertEquals(
        List.of("D", "A", "B", "C"),
        order(UEFA_GROUP_STAGE, Games.headToHeadWinnerHasWorseGoalDifference()));
  }

  @Test
  void headToHeadIsReappliedToTheTeamsStillLevel() {
    // Games.threeLevelOnTenPoints: the three-team mini-league puts Birch first and leaves Anvil
    // and Cedar level on (a) 4 pts, (b) -1 and (c) 2 goals. By (d) their own two matches alone
    // decide: Cedar W 1-0, D 1-1 = 4 pts against Anvil's 1, so Cedar is above Anvil despite
    // Anvil's better overall goal difference (+3 against +1).
    assertEquals(
        List.of("Birch", "Cedar", "Anvil", "Dune"),
        order(UEFA_GROUP_STAGE, Games.threeLevelOnTenPoints()));
  }

  @Test
  void headToHeadGoalsScoredComeBeforeOverallGoalDifference() {
    // C, A and B drew every match among them (C 2-2 A, C 1-1 B, A 0-0 B): 2 pts and 0 difference
    // each; head-to-head goals C 3, A 2, B 1 (criterion c). Each then beat X: B 3-0, A 2-0,
    // C 1-0, so all have 5 pts and overall differences B +3, A +2, C +1 point the other way.
    assertEquals(
        List.of("C", "A", "B", "X"),
        order(
            UEFA_GROUP_STAGE,
            game("C", 2, 2, "A"),
            game("C", 1, 1, "B"),
            game("A", 0, 0, "B"),
            game("B", 3, 0, "X"),
            game("A", 2, 0, "X"),
            game("C", 1, 0, "X")));
  }

  @Test
  void aCircularTieGoesOnToOverallGoalDifference() {
    // A 1-0 B, B 1-0 C, C 1-0 A: the mini-league leaves all three level (3 pts, 0, 1 goal), so
    // (d) has no smaller group to re-apply to and (e) decides. Wins over X by 1, 2 and 3 goals
    // give A +1, B +2, C +3 with 6 pts each.
    assertEquals(
        List.of("C", "B", "A", "X"),
        order(
            UEFA_GROUP_STAGE,
            game("A", 1, 0, "B"),
            game("B", 1, 0, "C"),
            game("C", 1, 0, "A"),
            game("A", 1, 0, "X"),
            game("B", 2, 0, "X"),
            game("C", 3, 0, "X")));
  }

  @Test
  void awayGoalsCountOverAllMatchesButNotHeadToHead() {
    // Zulu 2-1 Yankee, Yankee 1-0 Zulu: level on head-to-head points, difference and goals;
    // Yankee's away goal at Zulu would have put it first before 2021/22. Xray 3-3 Zulu and
    // Yankee 3-3 Xray: both 4 pts, 5-5, one win, no away win. Away goals in all matches (g):
    // Zulu 3, Yankee 1.
    assertEquals(
        List.of("Zulu", "Yankee", "Xray"),
        order(
            UEFA_GROUP_STAGE,
            game("Zulu", 2, 1, "Yankee"),
            game("Yankee", 1, 0, "Zulu"),
            game("Xray", 3, 3, "Zulu"),
            game("Yankee", 3, 3, "Xray")));
  }

  @Test
  void winsSeparateTeamsLevelOnAwayGoals() {
    // Yew and Ash drew 0-0 twice. Yew W 2-0 X, L 0-2 Y; Ash drew 1-1 X, 1-1 Y, 0-0 Z. Both 5
    // pts, 2-2, no away goals; Yew has 1 win to Ash's none (h). Y 4 pts; Z and X 1 pt each, Z 0
    // and X -2 on goal difference.
    assertEquals(
        List.of("Yew", "Ash", "Y", "Z", "X"),
        order(
            UEFA_GROUP_STAGE,
            game("Yew", 0, 0, "Ash"),
            game("Ash", 0, 0, "Yew"),
            game("Yew", 2, 0, "X"),
            game("Yew", 0, 2, "Y"),
            game("Ash", 1, 1, "X"),
            game("Ash", 1, 1, "Y"),
            game("Ash", 0, 0, "Z")));
  }
}

package com.sportshub.matches.control;

import static com.sportshub.matches.control.Games.game;
import static com.sportshub.matches.control.Games.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.matches.entity.TieBreakRules;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every rule set shares. */
class TieBreakRulesTest {

  @ParameterizedTest
  @EnumSource(TieBreakRules.class)
  void teamsLevelOnEveryCriterionAreOrderedByName(TieBreakRules rules) {
    // Zeta 1-1 Alpha and Alpha 1-1 Zeta: level on points, goals, head-to-head, away goals, wins.
    assertEquals(
        List.of("Alpha", "Zeta"),
        order(rules, game("Zeta", 1, 1, "Alpha"), game("Alpha", 1, 1, "Zeta")));
  }

  @ParameterizedTest
  @EnumSource(TieBreakRules.class)
  void pointsComeFirstUnderEveryRuleSet(TieBreakRules rules) {
    // B 1-0 D and A 4-4 D: B (3 pts, +1, 1 goal) is above A (1 pt, 0, 4 goals); D has 1 pt
    // and -1, and drew with A, so every rule set then puts A above D on goal difference.
    assertEquals(List.of("B", "A", "D"), order(rules, game("B", 1, 0, "D"), game("A", 4, 4, "D")));
  }
}

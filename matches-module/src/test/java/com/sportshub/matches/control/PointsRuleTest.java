package com.sportshub.matches.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.matches.commands.PointsRule;
import org.junit.jupiter.api.Test;

/** Points per result: 3/1/0 is the standard since FIFA's 1995 adoption of three for a win. */
class PointsRuleTest {

  @Test
  void givesThreeForAWinOneForADrawNoneForALoss() {
    assertEquals(3, PointsRule.STANDARD.pointsFor(2, 1));
    assertEquals(1, PointsRule.STANDARD.pointsFor(1, 1));
    assertEquals(0, PointsRule.STANDARD.pointsFor(0, 1));
  }

  @Test
  void refusesADrawWorthMoreThanAWin() {
    assertThrows(IllegalArgumentException.class, () -> new PointsRule(1, 2, 0));
  }
}

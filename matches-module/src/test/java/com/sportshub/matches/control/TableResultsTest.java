package com.sportshub.matches.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.Winner;
import org.junit.jupiter.api.Test;

/**
 * The forfeit rule (FIFA Disciplinary Code): 3-0, unless the pitch gave the winner a wider margin.
 */
class TableResultsTest {

  @Test
  void aMatchAwardedBeforeKickOffCountsThreeNil() {
    assertEquals(new Goals(3, 0), TableResults.awarded(Winner.HOME_TEAM, null));
    assertEquals(new Goals(0, 3), TableResults.awarded(Winner.AWAY_TEAM, null));
  }

  @Test
  void aWiderMarginOnThePitchStands() {
    // away won 0-5 on the pitch: margin 5 > 3, so 0-5 stands
    assertEquals(new Goals(0, 5), TableResults.awarded(Winner.AWAY_TEAM, new Goals(0, 5)));
  }

  @Test
  void aNarrowerMarginOrADefeatOnThePitchBecomesThreeNil() {
    assertEquals(new Goals(3, 0), TableResults.awarded(Winner.HOME_TEAM, new Goals(2, 1)));
    assertEquals(new Goals(3, 0), TableResults.awarded(Winner.HOME_TEAM, new Goals(0, 2)));
  }

  @Test
  void aMatchAwardedAsADrawCountsNilNil() {
    assertEquals(Goals.NONE, TableResults.awarded(Winner.DRAW, new Goals(1, 0)));
  }
}

package com.sportshub.matches.control.play;

import static com.sportshub.matches.control.play.Pitch.*;
import static com.sportshub.matches.entity.MatchPhase.*;
import static com.sportshub.matches.entity.Side.AWAY;
import static com.sportshub.matches.entity.Side.HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchEventType;
import com.sportshub.matches.entity.Score;
import com.sportshub.matches.entity.Winner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores counted from constructed event lists; every expected score worked by hand. */
class ScoreBoardTest {

  @Test
  void aMatchNotStartedHasNoScore() {
    assertEquals(Score.NOT_STARTED, ScoreBoard.count(match(), List.of()));
  }

  @Test
  void goalsCountForTheirSideAndOwnGoalsForTheOther() {
    FootballMatch m = in(FIRST_HALF);
    List<MatchEvent> events =
        List.of(
            goal(m, HOME, FIRST_HALF),
            event(m, MatchEventType.OWN_GOAL, HOME, FIRST_HALF),
            event(m, MatchEventType.PENALTY, AWAY, FIRST_HALF));
    // home: 1 goal; away: the home own goal + a penalty = 2
    assertEquals(new Goals(1, 2), ScoreBoard.count(m, events).current());
  }

  @Test
  void aMissedPenaltyAndCardsDoNotScore() {
    FootballMatch m = in(FIRST_HALF);
    List<MatchEvent> events =
        List.of(
            event(m, MatchEventType.MISSED_PENALTY, HOME, FIRST_HALF),
            event(m, MatchEventType.YELLOW_CARD, AWAY, FIRST_HALF));
    assertEquals(Goals.NONE, ScoreBoard.count(m, events).current());
  }

  @Test
  void aGoalDisallowedByVarDoesNotCount() {
    FootballMatch m = in(FIRST_HALF);
    MatchEvent first = goal(m, HOME, FIRST_HALF);
    MatchEvent second = goal(m, HOME, FIRST_HALF);
    assertEquals(
        new Goals(1, 0),
        ScoreBoard.count(m, List.of(first, second, disallow(m, second))).current());
  }

  @Test
  void theHalfTimeScoreAppearsAtHalfTimeAndHoldsOnlyFirstHalfGoals() {
    FootballMatch m = in(FIRST_HALF);
    List<MatchEvent> events = List.of(goal(m, AWAY, FIRST_HALF));
    assertNull(ScoreBoard.count(m, events).halfTime());
    m.moveTo(HALF_TIME, KICKOFF);
    m.moveTo(SECOND_HALF, KICKOFF);
    List<MatchEvent> more = List.of(events.get(0), goal(m, HOME, SECOND_HALF));
    Score score = ScoreBoard.count(m, more);
    assertEquals(new Goals(0, 1), score.halfTime());
    assertEquals(new Goals(1, 1), score.current());
    assertNull(score.fullTime());
  }

  @Test
  void extraTimeAndTheShootOutAreCountedApartAndTheShootOutDecidesALevelMatch() {
    FootballMatch m =
        in(
            FIRST_HALF,
            HALF_TIME,
            SECOND_HALF,
            BEFORE_EXTRA_TIME,
            EXTRA_TIME_FIRST_HALF,
            EXTRA_TIME_HALF_TIME,
            EXTRA_TIME_SECOND_HALF,
            PENALTY_SHOOTOUT,
            FULL_TIME);
    List<MatchEvent> events =
        List.of(
            goal(m, HOME, SECOND_HALF),
            goal(m, AWAY, EXTRA_TIME_FIRST_HALF),
            event(m, MatchEventType.PENALTY, HOME, PENALTY_SHOOTOUT),
            event(m, MatchEventType.MISSED_PENALTY, AWAY, PENALTY_SHOOTOUT),
            event(m, MatchEventType.PENALTY, HOME, PENALTY_SHOOTOUT));
    Score score = ScoreBoard.count(m, events);
    // 1-0 after 90, 1-1 after extra time, 2-0 in the shoot-out
    assertEquals(new Goals(0, 0), score.halfTime());
    assertEquals(new Goals(1, 1), score.fullTime());
    assertEquals(new Goals(0, 1), score.extraTime());
    assertEquals(new Goals(2, 0), score.penalties());
    assertEquals(Winner.HOME_TEAM, ScoreBoard.winner(m, score));
  }

  @Test
  void aFinishedMatchLevelWithoutAShootOutIsADraw() {
    FootballMatch m = in(FIRST_HALF, HALF_TIME, SECOND_HALF, FULL_TIME);
    Score score = ScoreBoard.count(m, List.of());
    assertEquals(new Goals(0, 0), score.fullTime());
    assertEquals(Winner.DRAW, ScoreBoard.winner(m, score));
  }

  @Test
  void aMatchStillBeingPlayedHasNoWinner() {
    FootballMatch m = in(FIRST_HALF);
    assertNull(ScoreBoard.winner(m, ScoreBoard.count(m, List.of(goal(m, HOME, FIRST_HALF)))));
  }
}

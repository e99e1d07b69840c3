package com.sportshub.matches.control.play;

import static com.sportshub.matches.control.play.Pitch.KICKOFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.matches.entity.EventFacts;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.IllegalMatchMove;
import com.sportshub.matches.entity.MatchCommandType;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchEventType;
import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.MatchStatus;
import com.sportshub.matches.entity.Side;
import com.sportshub.matches.entity.SideStatistics;
import com.sportshub.matches.entity.StatisticsCounts;
import com.sportshub.matches.entity.Winner;
import com.sportshub.matches.events.MatchChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchRefereeTest {

  private final FootballMatch match = Pitch.match();
  private final List<MatchEvent> events = new ArrayList<>();
  private final Map<Side, SideStatistics> statistics = new EnumMap<>(Side.class);
  private int clientIds;

  MatchRefereeTest() {
    statistics.put(Side.HOME, new SideStatistics("m1", Side.HOME));
    statistics.put(Side.AWAY, new SideStatistics("m1", Side.AWAY));
  }

  private MatchReferee.Applied give(MatchCommandType type, Instant at) {
    return MatchReferee.apply(
        match, events, statistics, Order.of(type, "c" + (++clientIds)), "control", at);
  }

  private MatchReferee.Applied record(
      MatchEventType type, Side side, Integer minute, String refersTo) {
    EventFacts facts =
        new EventFacts(
            type,
            side,
            minute,
            null,
            "Player",
            null,
            type == MatchEventType.VAR ? MatchEventType.GOAL_DISALLOWED : null,
            refersTo);
    return MatchReferee.apply(
        match,
        events,
        statistics,
        new Order(
            MatchCommandType.ADD_EVENT,
            "c" + (++clientIds),
            null,
            null,
            facts,
            null,
            null,
            null,
            null),
        "control",
        KICKOFF.plusSeconds(600));
  }

  @Test
  void startingKicksOffTheFirstHalfAtMinuteOne() {
    MatchReferee.Applied applied = give(MatchCommandType.START, KICKOFF);
    assertEquals(MatchChange.STARTED, applied.change());
    assertEquals(MatchStatus.IN_PLAY, match.status());
    assertEquals(MatchPhase.FIRST_HALF, match.phase());
    assertEquals(1, match.minute());
    assertEquals(Goals.NONE, match.score().current());
  }

  @Test
  void aGoalWithoutAMinuteTakesTheClocksAndChangesTheScore() {
    give(MatchCommandType.START, KICKOFF);
    MatchReferee.Applied goal = record(MatchEventType.GOAL, Side.AWAY, null, null);
    // recorded 10 minutes after kick-off: 10 whole minutes played, so the 11th minute
    assertEquals(11, goal.event().minute());
    assertTrue(goal.added());
    assertTrue(goal.scoreChanged());
    assertEquals(new Goals(0, 1), match.score().current());
    assertEquals(11, match.minute());
  }

  @Test
  void aVarDecisionTakesTheGoalOffAgain() {
    give(MatchCommandType.START, KICKOFF);
    MatchEvent goal = record(MatchEventType.GOAL, Side.HOME, 20, null).event();
    MatchReferee.Applied decision = record(MatchEventType.VAR, Side.HOME, 21, goal.id());
    assertTrue(decision.scoreChanged());
    assertEquals(Goals.NONE, match.score().current());
  }

  @Test
  void correctingAGoalIntoAnOwnGoalMovesItToTheOtherSide() {
    give(MatchCommandType.START, KICKOFF);
    MatchEvent goal = record(MatchEventType.GOAL, Side.HOME, 20, null).event();
    EventFacts ownGoal =
        new EventFacts(MatchEventType.OWN_GOAL, null, null, null, null, null, null, null);
    MatchReferee.Applied corrected =
        MatchReferee.apply(
            match,
            events,
            statistics,
            new Order(
                MatchCommandType.CORRECT_EVENT,
                "fix",
                null,
                null,
                ownGoal,
                goal.id(),
                null,
                null,
                null),
            "control",
            KICKOFF.plusSeconds(1300));
    assertEquals(MatchChange.EVENT_CORRECTED, corrected.change());
    assertFalse(corrected.added());
    assertEquals(new Goals(0, 1), match.score().current());
    assertEquals(20, goal.minute(), "the correction keeps what it did not name");
  }

  @Test
  void anIllegalMoveChangesNothing() {
    give(MatchCommandType.START, KICKOFF);
    assertThrows(IllegalMatchMove.class, () -> give(MatchCommandType.END, KICKOFF.plusSeconds(60)));
    assertEquals(MatchPhase.FIRST_HALF, match.phase());
  }

  @Test
  void aMatchPlayedToFullTimeHasItsScoresAndWinner() {
    give(MatchCommandType.START, KICKOFF);
    record(MatchEventType.GOAL, Side.HOME, 12, null);
    give(MatchCommandType.PAUSE, KICKOFF.plusSeconds(47 * 60));
    give(MatchCommandType.RESUME, KICKOFF.plusSeconds(62 * 60));
    give(MatchCommandType.END, KICKOFF.plusSeconds(110 * 60));
    assertEquals(MatchStatus.FINISHED, match.status());
    assertEquals(new Goals(1, 0), match.score().halfTime());
    assertEquals(new Goals(1, 0), match.score().fullTime());
    assertNull(match.score().extraTime());
    assertEquals(Winner.HOME_TEAM, match.winner());
    assertEquals(90, match.minute());
  }

  @Test
  void anAwardedMatchKeepsTheWinnerItWasAwardedTo() {
    MatchReferee.apply(
        match,
        events,
        statistics,
        new Order(
            MatchCommandType.AWARD, "a", null, null, null, null, Winner.AWAY_TEAM, null, null),
        "control",
        KICKOFF);
    assertEquals(MatchStatus.AWARDED, match.status());
    assertEquals(Winner.AWAY_TEAM, match.winner());
  }

  @Test
  void statisticsAreRecordedAndOnlyRealChangesCount() {
    give(MatchCommandType.START, KICKOFF);
    Order stats =
        new Order(
            MatchCommandType.STATISTICS,
            "s",
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of(Side.HOME, new StatisticsCounts(55, 4, 2, 3, 6)));
    assertTrue(
        MatchReferee.apply(match, events, statistics, stats, "control", KICKOFF)
            .statisticsChanged());
    assertFalse(
        MatchReferee.apply(match, events, statistics, stats, "control", KICKOFF)
            .statisticsChanged());
    assertEquals(55, statistics.get(Side.HOME).counts().possession());
  }
}

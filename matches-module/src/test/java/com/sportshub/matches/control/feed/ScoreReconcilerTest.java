package com.sportshub.matches.control.feed;

import static com.sportshub.matches.control.play.Pitch.*;
import static com.sportshub.matches.entity.MatchPhase.*;
import static com.sportshub.matches.entity.Side.AWAY;
import static com.sportshub.matches.entity.Side.HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.matches.control.play.ScoreBoard;
import com.sportshub.matches.entity.EventFacts;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchEventType;
import com.sportshub.matches.entity.Score;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each case worked by hand: the events planned, recorded, must count the score the feed gave. */
class ScoreReconcilerTest {

  private static List<ScoreReconciler.Planned> plan(
      FootballMatch m, List<MatchEvent> events, ScoreReconciler.Target target, Integer minute) {
    return ScoreReconciler.plan(events, target, m.phase(), m.progress(), minute);
  }

  private static void record(
      FootballMatch m, List<MatchEvent> events, List<ScoreReconciler.Planned> planned) {
    planned.forEach(
        p ->
            events.add(
                new MatchEvent(m.id(), m.nextEventSeq(), p.phase(), p.facts(), "feed", KICKOFF)));
  }

  @Test
  void aGoalTheEventsLackIsAddedInTheHalfBeingPlayedAtTheFeedsMinute() {
    FootballMatch m = in(FIRST_HALF, HALF_TIME, SECOND_HALF);
    List<ScoreReconciler.Planned> planned =
        plan(m, List.of(), new ScoreReconciler.Target(null, new Goals(1, 0), null, null), 60);
    assertEquals(
        List.of(
            new ScoreReconciler.Planned(
                SECOND_HALF, EventFacts.scored(MatchEventType.GOAL, HOME, 60))),
        planned);
  }

  @Test
  void aFinishedScoreWithItsHalfTimeScorePutsTheGoalsInTheRightHalves() {
    FootballMatch m = in(FIRST_HALF, HALF_TIME, SECOND_HALF, FULL_TIME);
    List<MatchEvent> events = new ArrayList<>();
    // HT 1-0, FT 2-1: home one goal in each half, away one in the second
    record(
        m,
        events,
        plan(
            m,
            events,
            new ScoreReconciler.Target(new Goals(1, 0), new Goals(2, 1), null, null),
            null));
    Score score = ScoreBoard.count(m, events);
    assertEquals(new Goals(1, 0), score.halfTime());
    assertEquals(new Goals(2, 1), score.fullTime());
    assertEquals(3, events.size());
  }

  @Test
  void aScoreThatWentDownDisallowsTheLatestGoal() {
    FootballMatch m = in(FIRST_HALF, HALF_TIME, SECOND_HALF);
    List<MatchEvent> events =
        new ArrayList<>(List.of(goal(m, HOME, FIRST_HALF), goal(m, HOME, SECOND_HALF)));
    List<ScoreReconciler.Planned> planned =
        plan(m, events, new ScoreReconciler.Target(null, new Goals(1, 0), null, null), 70);
    assertEquals(1, planned.size());
    EventFacts decision = planned.get(0).facts();
    assertEquals(MatchEventType.VAR, decision.type());
    assertEquals(MatchEventType.GOAL_DISALLOWED, decision.detail());
    assertEquals(events.get(1).id(), decision.refersTo());
  }

  @Test
  void anOwnGoalCountsForTheOtherSideWhenComparing() {
    FootballMatch m = in(FIRST_HALF);
    List<MatchEvent> events =
        new ArrayList<>(List.of(event(m, MatchEventType.OWN_GOAL, HOME, FIRST_HALF)));
    // the home own goal already makes it 0-1: nothing to add
    assertEquals(
        List.of(),
        plan(m, events, new ScoreReconciler.Target(null, new Goals(0, 1), null, null), 20));
  }

  @Test
  void aShootOutIsRecordedAsScoredPenaltiesInTheShootOut() {
    FootballMatch m = in(FIRST_HALF, HALF_TIME, SECOND_HALF, PENALTY_SHOOTOUT, FULL_TIME);
    List<MatchEvent> events = new ArrayList<>();
    record(
        m,
        events,
        plan(
            m,
            events,
            new ScoreReconciler.Target(null, new Goals(1, 1), null, new Goals(4, 5)),
            null));
    Score score = ScoreBoard.count(m, events);
    assertEquals(new Goals(1, 1), score.fullTime());
    assertEquals(new Goals(4, 5), score.penalties());
  }

  @Test
  void reconcilingAgainPlansNothing() {
    FootballMatch m = in(FIRST_HALF, HALF_TIME, SECOND_HALF, FULL_TIME);
    List<MatchEvent> events = new ArrayList<>();
    ScoreReconciler.Target target =
        new ScoreReconciler.Target(new Goals(0, 2), new Goals(3, 2), null, null);
    record(m, events, plan(m, events, target, null));
    assertEquals(List.of(), plan(m, events, target, null));
  }

  @Test
  void aHalfTimeScoreLowerThanTheGoalsOfTheFirstHalfDisallowsOne() {
    FootballMatch m = in(FIRST_HALF, HALF_TIME);
    List<MatchEvent> events =
        new ArrayList<>(List.of(goal(m, AWAY, FIRST_HALF), goal(m, AWAY, FIRST_HALF)));
    record(
        m,
        events,
        plan(
            m,
            events,
            new ScoreReconciler.Target(new Goals(0, 1), new Goals(0, 1), null, null),
            45));
    assertEquals(new Goals(0, 1), ScoreBoard.count(m, events).halfTime());
  }
}

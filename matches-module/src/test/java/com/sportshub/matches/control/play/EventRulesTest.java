package com.sportshub.matches.control.play;

import static com.sportshub.matches.control.play.Pitch.*;
import static com.sportshub.matches.entity.MatchPhase.*;
import static com.sportshub.matches.entity.Side.AWAY;
import static com.sportshub.matches.entity.Side.HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.matches.entity.EventFacts;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchEventType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRulesTest {

  private static EventFacts facts(MatchEventType type) {
    return EventFacts.scored(type, HOME, 10);
  }

  private static EventFacts var(String decision, String refersTo) {
    return new EventFacts(MatchEventType.VAR, HOME, 10, null, null, null, decision, refersTo);
  }

  private static String refusedField(Runnable check) {
    return assertThrows(InvalidMatchInput.class, check::run).field();
  }

  @Test
  void aGoalAtHalfTimeIsRefused() {
    assertEquals(
        "event.type",
        refusedField(
            () -> EventRules.check(facts(MatchEventType.GOAL), HALF_TIME, null, List.of())));
  }

  @Test
  void aCardAtHalfTimeIsAccepted() {
    EventRules.check(facts(MatchEventType.YELLOW_CARD), HALF_TIME, null, List.of());
  }

  @Test
  void aPenaltyMayBeTakenInTheShootOutButAGoalMayNot() {
    EventRules.check(facts(MatchEventType.PENALTY), PENALTY_SHOOTOUT, null, List.of());
    assertEquals(
        "event.type",
        refusedField(
            () -> EventRules.check(facts(MatchEventType.GOAL), PENALTY_SHOOTOUT, null, List.of())));
  }

  @Test
  void aMinuteOutsideAMatchIsRefused() {
    EventFacts late = EventFacts.scored(MatchEventType.GOAL, HOME, 151);
    assertEquals(
        "event.minute", refusedField(() -> EventRules.check(late, SECOND_HALF, null, List.of())));
  }

  @Test
  void aDisallowedGoalMustNameAGoalOfTheMatch() {
    FootballMatch m = in(FIRST_HALF);
    MatchEvent card = event(m, MatchEventType.YELLOW_CARD, AWAY, FIRST_HALF);
    assertEquals(
        "event.refersTo",
        refusedField(
            () ->
                EventRules.check(var("goal_disallowed", "nope"), FIRST_HALF, null, List.of(card))));
    assertEquals(
        "event.refersTo",
        refusedField(
            () ->
                EventRules.check(
                    var("goal_disallowed", card.id()), FIRST_HALF, null, List.of(card))));
  }

  @Test
  void aGoalCannotBeDisallowedTwice() {
    FootballMatch m = in(FIRST_HALF);
    MatchEvent goal = goal(m, AWAY, FIRST_HALF);
    MatchEvent decision = disallow(m, goal);
    assertEquals(
        "event.refersTo",
        refusedField(
            () ->
                EventRules.check(
                    var("goal_disallowed", goal.id()), FIRST_HALF, null, List.of(goal, decision))));
  }

  @Test
  void aVarDecisionMustBeNamed() {
    assertEquals(
        "event.detail",
        refusedField(
            () -> EventRules.check(var("Goal Disallowed!", null), FIRST_HALF, null, List.of())));
  }

  @Test
  void aCorrectionMayNotTurnADisallowedGoalIntoSomethingElse() {
    FootballMatch m = in(FIRST_HALF);
    MatchEvent goal = goal(m, AWAY, FIRST_HALF);
    MatchEvent decision = disallow(m, goal);
    goal.correct(facts(MatchEventType.YELLOW_CARD), KICKOFF);
    assertThrows(
        InvalidMatchInput.class, () -> EventRules.checkReferences(List.of(goal, decision)));
  }
}

package com.sportshub.racing.control;

import static com.sportshub.racing.events.RaceStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.racing.events.RaceStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RaceLifecycleTest {

  // Written out again here, move by move, so that a slip in the production table shows up.
  private static final List<String> ALLOWED =
      List.of(
          "DORMANT>DELAYED",
          "DORMANT>PARADING",
          "DORMANT>GOING_DOWN",
          "DORMANT>ABANDONED",
          "DELAYED>PARADING",
          "DELAYED>GOING_DOWN",
          "DELAYED>AT_THE_POST",
          "DELAYED>UNDER_ORDERS",
          "DELAYED>ABANDONED",
          "PARADING>GOING_DOWN",
          "PARADING>DELAYED",
          "PARADING>ABANDONED",
          "GOING_DOWN>AT_THE_POST",
          "GOING_DOWN>DELAYED",
          "GOING_DOWN>ABANDONED",
          "AT_THE_POST>UNDER_ORDERS",
          "AT_THE_POST>DELAYED",
          "AT_THE_POST>ABANDONED",
          "UNDER_ORDERS>OFF",
          "UNDER_ORDERS>DELAYED",
          "UNDER_ORDERS>ABANDONED",
          "OFF>FINISHED",
          "OFF>FALSE_START",
          "OFF>VOID",
          "FALSE_START>UNDER_ORDERS",
          "FALSE_START>AT_THE_POST",
          "FALSE_START>RERUN",
          "FALSE_START>VOID",
          "FALSE_START>ABANDONED",
          "RERUN>DELAYED",
          "RERUN>PARADING",
          "RERUN>GOING_DOWN",
          "RERUN>AT_THE_POST",
          "RERUN>ABANDONED",
          "FINISHED>PHOTOGRAPH",
          "FINISHED>RESULT",
          "FINISHED>STEWARDS_ENQUIRY",
          "PHOTOGRAPH>RESULT",
          "PHOTOGRAPH>STEWARDS_ENQUIRY",
          "RESULT>STEWARDS_ENQUIRY",
          "RESULT>WEIGHED_IN",
          "STEWARDS_ENQUIRY>RESULT",
          "STEWARDS_ENQUIRY>VOID");

  @Test
  void allowsExactlyTheListedMovesAndRefusesEveryOther() {
    for (RaceStatus from : RaceStatus.values()) {
      for (RaceStatus to : RaceStatus.values()) {
        boolean listed = ALLOWED.contains(from + ">" + to);
        assertEquals(listed, RaceLifecycle.canMove(from, to), from + " -> " + to);
      }
    }
  }

  @Test
  void acceptsEveryListedMove() {
    for (String move : ALLOWED) {
      String[] ends = move.split(">");
      assertTrue(
          RaceLifecycle.canMove(RaceStatus.valueOf(ends[0]), RaceStatus.valueOf(ends[1])), move);
    }
  }

  @Test
  void walksAnOrdinaryRaceFromTheCardToWeighedIn() {
    List<RaceStatus> day =
        List.of(
            DORMANT,
            PARADING,
            GOING_DOWN,
            AT_THE_POST,
            UNDER_ORDERS,
            OFF,
            FINISHED,
            PHOTOGRAPH,
            RESULT,
            STEWARDS_ENQUIRY,
            RESULT,
            WEIGHED_IN);
    for (int i = 1; i < day.size(); i++) {
      RaceStatus from = day.get(i - 1);
      RaceStatus to = day.get(i);
      assertTrue(RaceLifecycle.canMove(from, to), from + " -> " + to);
    }
  }

  @Test
  void refusesGoingBackFromTheOffWithTheStatesThatCouldFollow() {
    assertFalse(RaceLifecycle.canMove(OFF, DORMANT));
    assertEquals(EnumSet.of(FINISHED, FALSE_START, VOID), RaceLifecycle.allowedFrom(OFF));
  }

  @Test
  void refusesSkippingTheStartersOrders() {
    assertFalse(RaceLifecycle.canMove(AT_THE_POST, OFF));
    assertEquals(
        EnumSet.of(UNDER_ORDERS, DELAYED, ABANDONED), RaceLifecycle.allowedFrom(AT_THE_POST));
  }

  @Test
  void refusesWeighingInWithoutAResult() {
    assertFalse(RaceLifecycle.canMove(PHOTOGRAPH, WEIGHED_IN));
    assertFalse(RaceLifecycle.canMove(STEWARDS_ENQUIRY, WEIGHED_IN));
  }

  @Test
  void refusesAbandoningARaceThatIsRunning() {
    assertFalse(RaceLifecycle.canMove(OFF, ABANDONED));
  }

  @ParameterizedTest
  @EnumSource(
      value = RaceStatus.class,
      names = {"WEIGHED_IN", "VOID", "ABANDONED"})
  void leavesAFinalStateForNothing(RaceStatus last) {
    assertTrue(RaceLifecycle.isFinal(last));
    assertFalse(RaceLifecycle.canMove(last, RESULT));
    assertTrue(RaceLifecycle.allowedFrom(last).isEmpty());
  }

  @Test
  void hasNoOtherFinalStates() {
    Set<RaceStatus> finals = EnumSet.noneOf(RaceStatus.class);
    for (RaceStatus status : RaceStatus.values()) {
      if (RaceLifecycle.isFinal(status)) {
        finals.add(status);
      }
    }
    assertEquals(EnumSet.of(WEIGHED_IN, VOID, ABANDONED), finals);
  }

  @ParameterizedTest
  @EnumSource(
      value = RaceStatus.class,
      names = {"DORMANT", "DELAYED", "PARADING", "GOING_DOWN", "AT_THE_POST", "UNDER_ORDERS"})
  void takesPricesBeforeTheOff(RaceStatus status) {
    assertTrue(RaceLifecycle.bettingOpen(status));
  }

  @ParameterizedTest
  @EnumSource(
      value = RaceStatus.class,
      names = {"DORMANT", "DELAYED", "PARADING", "GOING_DOWN", "AT_THE_POST", "UNDER_ORDERS"},
      mode = EnumSource.Mode.EXCLUDE)
  void refusesPricesFromTheOffOn(RaceStatus status) {
    assertFalse(RaceLifecycle.bettingOpen(status));
  }

  @ParameterizedTest
  @EnumSource(
      value = RaceStatus.class,
      names = {"FINISHED", "PHOTOGRAPH", "RESULT", "STEWARDS_ENQUIRY"})
  void letsTheResultChangeUntilWeighedIn(RaceStatus status) {
    assertTrue(RaceLifecycle.resultAmendable(status));
  }

  @ParameterizedTest
  @EnumSource(
      value = RaceStatus.class,
      names = {"FINISHED", "PHOTOGRAPH", "RESULT", "STEWARDS_ENQUIRY"},
      mode = EnumSource.Mode.EXCLUDE)
  void freezesOrHasNoResultEverywhereElse(RaceStatus status) {
    assertFalse(RaceLifecycle.resultAmendable(status));
  }
}

package com.sportshub.matches.control.feed;

import static com.sportshub.matches.entity.MatchPhase.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.MatchStatus;
import org.junit.jupiter.api.Test;

class FeedPhasesTest {

  private static MatchPhase phase(
      MatchStatus status, Integer period, Integer minute, MatchPhase held) {
    FeedMatch fed =
        new FeedMatch(
            "x", "PL", "2026-27", null, null, "A", "B", status, period, minute, null, null, null,
            null, null, null);
    return FeedPhases.of(fed, held);
  }

  @Test
  void inPlayIsTheHalfThePeriodNames() {
    assertEquals(FIRST_HALF, phase(MatchStatus.IN_PLAY, 1, 30, PRE_MATCH));
    assertEquals(SECOND_HALF, phase(MatchStatus.IN_PLAY, 2, 50, HALF_TIME));
  }

  @Test
  void withoutAPeriodTheMinuteOrWhereTheMatchWasTells() {
    assertEquals(SECOND_HALF, phase(MatchStatus.IN_PLAY, null, 47, FIRST_HALF));
    assertEquals(SECOND_HALF, phase(MatchStatus.IN_PLAY, null, null, HALF_TIME));
    assertEquals(FIRST_HALF, phase(MatchStatus.IN_PLAY, null, null, PRE_MATCH));
  }

  @Test
  void pausedIsHalfTimeOrTheBreakBeforeExtraTime() {
    assertEquals(HALF_TIME, phase(MatchStatus.PAUSED, null, 45, FIRST_HALF));
    assertEquals(BEFORE_EXTRA_TIME, phase(MatchStatus.PAUSED, null, 90, SECOND_HALF));
  }

  @Test
  void anUnmappedStatusKeepsThePhaseHeld() {
    assertEquals(SECOND_HALF, phase(null, null, null, SECOND_HALF));
  }

  @Test
  void finishedIsFullTime() {
    assertEquals(FULL_TIME, phase(MatchStatus.FINISHED, null, null, PRE_MATCH));
  }
}

package com.sportshub.matches.control.play;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.matches.entity.MatchPhase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Worked by hand from the convention broadcasters use: the first minute of a half is 1' (0:00 to
 * 0:59 played), so 22:30 played in the first half is 23'; the second half starts at 46'; added time
 * is shown past the period's length, 46:10 played in the first half being 45+2'.
 */
class MatchClockTest {

  private static final Instant START = Instant.parse("2026-08-22T14:00:00Z");

  private static MatchClock.Minute at(MatchPhase phase, long secondsPlayed) {
    return MatchClock.at(phase, START, START.plusSeconds(secondsPlayed), false);
  }

  @Test
  void theFirstSecondsOfAHalfAreItsFirstMinute() {
    assertEquals(new MatchClock.Minute(1, 0), at(MatchPhase.FIRST_HALF, 30));
  }

  @Test
  void twentyTwoAndAHalfMinutesPlayedIsTheTwentyThird() {
    assertEquals(new MatchClock.Minute(23, 0), at(MatchPhase.FIRST_HALF, 22 * 60 + 30));
  }

  @Test
  void timePlayedBeyondTheHalfIsAddedTime() {
    // 46:10 played: minute 47 of the half, shown as 45+2
    assertEquals(new MatchClock.Minute(45, 2), at(MatchPhase.FIRST_HALF, 46 * 60 + 10));
  }

  @Test
  void theSecondHalfCountsOnFromFortySix() {
    // 10:05 played in the second half: 45 + 10 + 1 = 56
    assertEquals(new MatchClock.Minute(56, 0), at(MatchPhase.SECOND_HALF, 10 * 60 + 5));
  }

  @Test
  void extraTimeCountsFromNinetyOneAndOneHundredAndSix() {
    assertEquals(new MatchClock.Minute(91, 0), at(MatchPhase.EXTRA_TIME_FIRST_HALF, 0));
    // 16 minutes into the second half of extra time: 105 + 16 + 1 = 122, shown as 120+2
    assertEquals(new MatchClock.Minute(120, 2), at(MatchPhase.EXTRA_TIME_SECOND_HALF, 16 * 60));
  }

  @Test
  void atABreakTheClockStandsAtTheEndOfThePeriodBefore() {
    assertEquals(new MatchClock.Minute(45, 0), at(MatchPhase.HALF_TIME, 600));
    assertEquals(
        new MatchClock.Minute(120, 0), MatchClock.at(MatchPhase.FULL_TIME, null, START, true));
  }

  @Test
  void beforeKickOffThereIsNoMinute() {
    assertEquals(new MatchClock.Minute(null, null), at(MatchPhase.PRE_MATCH, 0));
  }
}

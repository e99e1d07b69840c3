package com.sportshub.odds.control.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollPolicyTest {

  @Test
  void monthlyResetFallsAtMidnightUtcStartingTheNextMonth() {
    // Worked by hand from the calendar: mid-February 2024 (a leap year) resets on 1 March.
    assertEquals(
        Instant.parse("2024-03-01T00:00:00Z"),
        PollPolicy.firstOfNextMonthUtc().apply(Instant.parse("2024-02-15T10:00:00Z")));
  }

  @Test
  void monthlyResetRollsOverTheYear() {
    assertEquals(
        Instant.parse("2025-01-01T00:00:00Z"),
        PollPolicy.firstOfNextMonthUtc().apply(Instant.parse("2024-12-31T23:59:59Z")));
  }

  @Test
  void aPauseResetLooksAgainThatLongAfterTheQuotaRanOut() {
    assertEquals(
        Instant.parse("2025-03-01T13:30:00Z"),
        PollPolicy.pauseOf(Duration.ofMinutes(90)).apply(Instant.parse("2025-03-01T12:00:00Z")));
  }

  @Test
  void refusesAJitterThatCouldRemoveTheWholeWait() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PollPolicy(
                Duration.ofSeconds(30),
                Duration.ofMinutes(10),
                1.0,
                PollPolicy.pauseOf(Duration.ZERO)));
  }
}

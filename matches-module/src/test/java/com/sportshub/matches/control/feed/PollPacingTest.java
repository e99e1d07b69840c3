package com.sportshub.matches.control.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Waits worked by hand: interval 30 s, cap 5 min, so 30, 60, 120, 240, then 300 s. */
class PollPacingTest {

  private static final Instant T0 = Instant.parse("2026-08-22T14:00:00Z");

  private final PollPacing pacing =
      new PollPacing(Duration.ofSeconds(30), Duration.ofMinutes(5), T0);

  @Test
  void theFirstPollIsDueAtOnce() {
    assertTrue(pacing.due(T0));
    assertEquals("idle", pacing.state());
  }

  @Test
  void aSuccessMakesTheNextPollDueOneIntervalLater() {
    pacing.succeeded(T0);
    assertFalse(pacing.due(T0.plusSeconds(29)));
    assertTrue(pacing.due(T0.plusSeconds(30)));
    assertEquals("ok", pacing.state());
  }

  @Test
  void failuresInARowDoubleTheWaitUpToTheCap() {
    assertEquals(Duration.ofSeconds(30), pacing.backoff(1));
    assertEquals(Duration.ofSeconds(60), pacing.backoff(2));
    assertEquals(Duration.ofSeconds(120), pacing.backoff(3));
    assertEquals(Duration.ofSeconds(240), pacing.backoff(4));
    assertEquals(Duration.ofSeconds(300), pacing.backoff(5));
    assertEquals(Duration.ofSeconds(300), pacing.backoff(9));
  }

  @Test
  void theServersOwnWaitWinsOverTheBackoff() {
    pacing.failed(T0, Duration.ofSeconds(7));
    assertEquals(T0.plusSeconds(7), pacing.next());
    assertEquals("failing", pacing.state());
  }

  @Test
  void aSuccessForgetsTheFailures() {
    pacing.failed(T0, null);
    pacing.failed(T0, null);
    pacing.succeeded(T0);
    assertEquals(0, pacing.failures());
  }

  @Test
  void refusedCredentialsStopPolling() {
    pacing.refused();
    assertNull(pacing.next());
    assertFalse(pacing.due(T0.plus(Duration.ofDays(1))));
    assertEquals("stopped", pacing.state());
  }
}

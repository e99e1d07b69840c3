package com.sportshub.ws.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);

  /**
   * Sweeps as the hub runs them (a late start, then a sweep period plus a delay each time) over a
   * client that answers every ping after {@code answerNanos}, or never when it is negative; returns
   * the time from connecting to the sweep that found it too long silent, or -1.
   */
  private static long closedAfter(long period, long firstPing, long answerNanos, Random random) {
    long connected = 1_000 * SECOND;
    Heartbeat heartbeat = new Heartbeat(period, connected, firstPing);
    long sweep = Heartbeat.sweepNanos(period);
    long now = connected + (long) (random.nextDouble() * sweep);
    long lastHeard = connected;
    long pendingAnswer = -1;
    while (now < connected + 30 * period) {
      if (pendingAnswer >= 0 && pendingAnswer <= now) {
        lastHeard = pendingAnswer;
        pendingAnswer = -1;
      }
      if (heartbeat.tooLongSilent(now - lastHeard)) {
        return now - connected;
      }
      if (heartbeat.pingDue(now) && answerNanos >= 0) {
        pendingAnswer = now + answerNanos;
      }
      now += sweep + (long) (random.nextDouble() * sweep / 5);
    }
    return -1;
  }

  @Test
  void aClientThatAnswersEveryPingIsNeverClosedEvenWithAOneSecondHeartbeat() {
    Random random = new Random(7);
    for (long period : new long[] {SECOND, 25 * SECOND}) {
      for (int run = 0; run < 2_000; run++) {
        long firstPing = (long) (random.nextDouble() * period);
        assertEquals(
            -1,
            closedAfter(period, firstPing, 100 * MILLI, random),
            "period " + period + ", first ping after " + firstPing);
      }
    }
  }

  @Test
  void aClientThatNeverAnswersIsClosedSoonAfterTwoHeartbeats() {
    Random random = new Random(11);
    for (long period : new long[] {SECOND, 25 * SECOND}) {
      long sweep = Heartbeat.sweepNanos(period);
      for (int run = 0; run < 500; run++) {
        long closed = closedAfter(period, (long) (random.nextDouble() * period), -1, random);
        assertTrue(closed > 2 * period, "not before two heartbeats: " + closed);
        assertTrue(closed <= 2 * period + 3 * sweep, "soon after: " + closed);
      }
    }
  }

  @Test
  void theFirstPingFallsWhereItWasPlacedInTheFirstHeartbeatAndThenEveryPeriod() {
    Heartbeat heartbeat = new Heartbeat(10 * SECOND, 0, 3 * SECOND);

    assertFalse(heartbeat.pingDue(3 * SECOND - 1));
    assertTrue(heartbeat.pingDue(3 * SECOND + 200 * MILLI));
    assertFalse(heartbeat.pingDue(13 * SECOND));
    assertTrue(heartbeat.pingDue(13 * SECOND + 200 * MILLI));
  }

  @Test
  void theSweepIsASecondOrAQuarterOfAShorterHeartbeat() {
    assertEquals(SECOND, Heartbeat.sweepNanos(25 * SECOND));
    assertEquals(SECOND, Heartbeat.sweepNanos(4 * SECOND));
    assertEquals(250 * MILLI, Heartbeat.sweepNanos(SECOND));
  }

  @Test
  void aFirstPingOutsideTheFirstHeartbeatIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Heartbeat(SECOND, 0, SECOND));
    assertThrows(IllegalArgumentException.class, () -> new Heartbeat(SECOND, 0, -1));
    assertThrows(IllegalArgumentException.class, () -> new Heartbeat(0, 0, 0));
  }
}

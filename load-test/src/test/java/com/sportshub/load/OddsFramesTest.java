package com.sportshub.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OddsFramesTest {

  private static final Instant WALL = Instant.parse("2026-11-22T12:00:00Z");
  private static final OddsIngest.Clock CLOCK = new OddsIngest.Clock(1_000_000_000L, WALL);

  private static String frame(long seq, String lastUpdate) {
    return """
        {"type":"update","channel":"odds:event:bench-1-0","seq":%d,"event":"odds_update",\
        "data":{"sportKey":"bench_odds","events":[{"key":"bench-1-0","prices":[{"key":"h2h/Home/bench",\
        "price":1.51,"lastUpdate":"%s"}]}]},"ts":1}"""
        .formatted(seq, lastUpdate);
  }

  @Test
  void readsTheSeqAndTurnsTheDueTimeIntoThisClocksNanos() {
    OddsFrames frames = new OddsFrames(CLOCK);
    frames.measureFrom(0);

    UpdateFrame update = frames.apply(frame(7, "2026-11-22T12:00:00.250Z"));

    assertEquals(7, update.seq());
    assertEquals(1_250_000_000L, update.createdNanos());
    assertFalse(update.warmup());
  }

  @Test
  void changesDueBeforeTheMeasuredWindowAreWarmUp() {
    OddsFrames frames = new OddsFrames(CLOCK);
    frames.measureFrom(2_000_000_000L);

    assertTrue(frames.apply(frame(1, "2026-11-22T12:00:00.5Z")).warmup());
    assertFalse(frames.apply(frame(2, "2026-11-22T12:00:01.5Z")).warmup());
  }

  @Test
  void otherFramesAreNotUpdates() {
    assertNull(new OddsFrames(CLOCK).apply("{\"type\":\"pong\",\"serverTime\":1}"));
  }
}

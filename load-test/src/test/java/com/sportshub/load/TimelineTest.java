package com.sportshub.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static final long SECOND = 1_000_000_000L;
  private static final long START = 5_000 * SECOND;
  private static final Instant WALL = Instant.parse("2026-11-22T23:00:00Z");

  @Test
  void theSlowestSecondsComeFirstWithTheirWallClockAndHowManyWereLate() {
    Timeline timeline = new Timeline();
    timeline.start(START, WALL);
    timeline.record(START + 100, 2_000);
    timeline.record(START + 3 * SECOND + 5, 850_000);
    timeline.record(START + 3 * SECOND + 9, 420_000);
    timeline.record(START + 3 * SECOND + 11, 90_000);
    timeline.record(START + 7 * SECOND, 120_000);

    List<Timeline.Second> slowest = timeline.slowest(2);

    assertEquals(
        List.of(
            new Timeline.Second(3, WALL.plusSeconds(3), 850_000, 2),
            new Timeline.Second(7, WALL.plusSeconds(7), 120_000, 1)),
        slowest);
    assertEquals(new Timeline.LateSeconds(2, 3), timeline.lateSeconds());
  }

  @Test
  void updatesDueBeforeTheStartOrPastTheLastSecondAreNotCounted() {
    Timeline timeline = new Timeline();
    timeline.start(START, WALL);
    timeline.record(START - 1, 900_000);
    timeline.record(START + 4_000 * SECOND, 900_000);

    assertEquals(List.of(), timeline.slowest(3));
    assertEquals(new Timeline.LateSeconds(0, 0), timeline.lateSeconds());
  }

  @Test
  void nothingIsCountedBeforeTheRunStarts() {
    Timeline timeline = new Timeline();
    timeline.record(START, 900_000);
    timeline.start(START, WALL);

    assertEquals(List.of(), timeline.slowest(3));
  }
}

package com.sportshub.racing.control.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.racing.control.RaceLifecycle;
import com.sportshub.racing.control.simulator.Step.Kind;
import com.sportshub.racing.events.RaceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RaceTimelineTest {

  private static final Instant OFF = Instant.parse("2026-03-10T13:30:00Z");
  private static final Duration SPACING = Duration.ofMinutes(30);

  @Test
  void everyMoveOfEveryTimelineIsOneTheLifecycleAllows() {
    for (long seed = 0; seed < 500; seed++) {
      List<Step> steps = RaceTimeline.of(OFF, 4023, SPACING, seed % 2 == 0, new Random(seed));
      RaceStatus at = RaceStatus.DORMANT;
      for (Step step : steps) {
        if (step.kind() == Kind.MOVE) {
          assertTrue(RaceLifecycle.canMove(at, step.status()), seed + ": " + at + " -> " + step);
          at = step.status();
        }
      }
      assertEquals(RaceStatus.WEIGHED_IN, at);
    }
  }

  @Test
  void stepsComeInTheOrderOfTheirTimes() {
    for (long seed = 0; seed < 200; seed++) {
      List<Step> steps = RaceTimeline.of(OFF, 1006, SPACING, true, new Random(seed));
      for (int i = 1; i < steps.size(); i++) {
        assertFalse(steps.get(i).at().isBefore(steps.get(i - 1).at()), seed + ": " + steps);
      }
    }
  }

  @Test
  void theResultIsDeclaredWhileItMayBeAndARunnerWithdrawnBeforeTheFieldIsUnderOrders() {
    for (long seed = 0; seed < 200; seed++) {
      List<Step> steps = RaceTimeline.of(OFF, 2414, SPACING, true, new Random(seed));
      for (int i = 0; i < steps.size(); i++) {
        RaceStatus status = RaceTimeline.statusAfter(steps, i);
        Kind kind = steps.get(i).kind();
        if (kind == Kind.DECLARE || kind == Kind.AMEND) {
          assertTrue(RaceLifecycle.resultAmendable(status), seed + ": declared in " + status);
        }
        if (kind == Kind.WITHDRAW) {
          assertTrue(RaceLifecycle.bettingOpen(status), seed + ": withdrawn in " + status);
        }
      }
    }
  }

  @Test
  void theFieldRunsTheDistanceAtAboutSixteenMetresASecond() {
    // Worked by hand: 4,023 m at 16 m/s is 251.4 s, so the post is passed 251 s after the off.
    List<Step> steps = RaceTimeline.of(OFF, 4023, SPACING, false, new Random(7));
    Instant off = at(steps, RaceStatus.OFF);

    assertEquals(Duration.ofSeconds(251), Duration.between(off, at(steps, RaceStatus.FINISHED)));
  }

  private static Instant at(List<Step> steps, RaceStatus status) {
    return steps.stream()
        .filter(s -> s.status() == status)
        .reduce((first, last) -> last)
        .orElseThrow()
        .at();
  }
}

package com.sportshub.racing.control.simulator;

import static com.sportshub.racing.events.RaceStatus.*;

import com.sportshub.racing.control.simulator.Step.Kind;
import com.sportshub.racing.events.RaceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A race's afternoon, as a course runs it, scaled to the time between races ({@code spacing}, 30
 * minutes at a British meeting): parading a third of it before the off, going down a sixth before,
 * at the post a fifteenth, under orders a sixtieth. Now and then a runner is withdrawn, the off is
 * delayed or the start is false; the field runs at about 16 m/s; the judge calls for a photo in one
 * race in five and the stewards hold an enquiry in one in twelve, amending the placings in half of
 * those. The result is weighed in two minutes after it is announced.
 */
public final class RaceTimeline {

  private static final double METRES_PER_SECOND = 16;

  private RaceTimeline() {}

  /** The steps in the order they happen; {@code withdrawal} whether a runner will come out. */
  public static List<Step> of(
      Instant off, int distanceMetres, Duration spacing, boolean withdrawal, Random random) {
    List<Step> steps = new ArrayList<>();
    steps.add(Step.move(off.minus(spacing.dividedBy(3)), PARADING));
    if (withdrawal) {
      steps.add(Step.of(off.minus(spacing.dividedBy(4)), Kind.WITHDRAW));
    }
    steps.add(Step.move(off.minus(spacing.dividedBy(6)), GOING_DOWN));
    steps.add(Step.move(off.minus(spacing.dividedBy(15)), AT_THE_POST));
    Instant start = off;
    if (random.nextDouble() < 0.08) {
      steps.add(Step.move(off.minus(spacing.dividedBy(30)), DELAYED));
      start = off.plus(spacing.dividedBy(15));
    }
    steps.add(Step.move(start.minus(spacing.dividedBy(60)), UNDER_ORDERS));
    steps.add(Step.move(start, OFF));
    if (random.nextDouble() < 0.04) {
      steps.add(Step.move(start.plusSeconds(15), FALSE_START));
      steps.add(Step.move(start.plusSeconds(60), UNDER_ORDERS));
      start = start.plusSeconds(90);
      steps.add(Step.move(start, OFF));
    }
    Instant finish = start.plusSeconds(Math.round(distanceMetres / METRES_PER_SECOND));
    steps.add(Step.move(finish, FINISHED));
    Instant declared = finish.plusSeconds(30);
    if (random.nextDouble() < 0.2) {
      steps.add(Step.move(finish.plusSeconds(5), PHOTOGRAPH));
      declared = finish.plusSeconds(80);
    }
    steps.add(Step.of(declared, Kind.DECLARE));
    Instant result = declared.plusSeconds(1);
    steps.add(Step.move(result, RESULT));
    Instant weighedIn = result.plusSeconds(120);
    if (random.nextDouble() < 0.08) {
      steps.add(Step.move(result.plusSeconds(30), STEWARDS_ENQUIRY));
      if (random.nextBoolean()) {
        steps.add(Step.of(result.plusSeconds(120), Kind.AMEND));
      }
      steps.add(Step.move(result.plusSeconds(125), RESULT));
      weighedIn = result.plusSeconds(185);
    }
    steps.add(Step.move(weighedIn, WEIGHED_IN));
    return steps;
  }

  /** The status the race is in once the steps up to {@code done} (exclusive) have happened. */
  public static RaceStatus statusAfter(List<Step> steps, int done) {
    RaceStatus status = DORMANT;
    for (Step step : steps.subList(0, done)) {
      if (step.kind() == Kind.MOVE) {
        status = step.status();
      }
    }
    return status;
  }
}

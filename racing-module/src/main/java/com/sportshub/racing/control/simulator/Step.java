package com.sportshub.racing.control.simulator;

import com.sportshub.racing.events.RaceStatus;
import java.time.Instant;

/**
 * One thing that happens to a simulated race at a time: a move to {@code status}, a runner
 * withdrawn, the result declared, or the result amended after an enquiry.
 */
public record Step(Instant at, Kind kind, RaceStatus status) {

  /** What the step does. */
  public enum Kind {
    MOVE,
    WITHDRAW,
    DECLARE,
    AMEND
  }

  static Step move(Instant at, RaceStatus status) {
    return new Step(at, Kind.MOVE, status);
  }

  static Step of(Instant at, Kind kind) {
    return new Step(at, kind, null);
  }
}

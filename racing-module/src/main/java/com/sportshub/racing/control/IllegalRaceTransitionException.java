package com.sportshub.racing.control;

import com.sportshub.racing.events.RaceStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A race was asked to move to a state it cannot reach from where it is. Carries the states it could
 * have moved to, so the caller can answer 409 with them.
 */
public class IllegalRaceTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final RaceStatus from;
  private final RaceStatus to;
  private final Set<RaceStatus> allowed;

  public IllegalRaceTransitionException(RaceStatus from, RaceStatus to, Set<RaceStatus> allowed) {
    super("a race cannot move from " + from + " to " + to + "; allowed: " + allowed);
    this.from = from;
    this.to = to;
    Set<RaceStatus> copy = EnumSet.noneOf(RaceStatus.class);
    copy.addAll(allowed);
    this.allowed = Collections.unmodifiableSet(copy);
  }

  public RaceStatus from() {
    return from;
  }

  public RaceStatus to() {
    return to;
  }

  /** The states the race could have moved to (empty when it is in a final state). */
  public Set<RaceStatus> allowed() {
    return allowed;
  }
}

package com.sportshub.racing.entity;

import com.sportshub.kernel.Refusal;
import com.sportshub.racing.events.RaceStatus;
import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A race was asked to move where it cannot go from its state; carries the states it could move to,
 * for the 409 answer. Nothing changed.
 */
@ApplicationException(rollback = true)
public class RaceTransitionRefused extends Refusal {

  private static final long serialVersionUID = 1L;

  private final String raceId;
  private final RaceStatus from;
  private final RaceStatus to;
  private final Set<RaceStatus> allowed;

  public RaceTransitionRefused(
      String raceId, RaceStatus from, RaceStatus to, Set<RaceStatus> allowed) {
    super(
        Kind.CONFLICT,
        "Illegal transition",
        null,
        "race " + raceId + " cannot move from " + from + " to " + to);
    this.raceId = raceId;
    this.from = from;
    this.to = to;
    Set<RaceStatus> copy = EnumSet.noneOf(RaceStatus.class);
    copy.addAll(allowed);
    this.allowed = Collections.unmodifiableSet(copy);
  }

  public String raceId() {
    return raceId;
  }

  public RaceStatus from() {
    return from;
  }

  public RaceStatus to() {
    return to;
  }

  /** The states allowed next, in declaration order; empty for a final state. */
  public Set<RaceStatus> allowed() {
    return allowed;
  }

  /** The move refused and the states allowed instead, so that a client can offer those. */
  @Override
  public Map<String, Object> members() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("from", from.name());
    members.put("to", to.name());
    members.put("allowed", allowed.stream().map(RaceStatus::name).toList());
    return members;
  }
}

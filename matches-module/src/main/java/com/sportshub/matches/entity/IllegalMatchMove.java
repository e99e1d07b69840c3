package com.sportshub.matches.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A command the match cannot take where it stands (say {@code resume} in the first half). Carries
 * what it could take and the statuses those lead to, so the caller can answer 409 with them.
 */
@ApplicationException(rollback = true)
public class IllegalMatchMove extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final MatchStatus status;
  private final MatchPhase phase;
  private final List<MatchCommandType> allowedCommands;
  private final List<MatchStatus> allowedStatuses;

  public IllegalMatchMove(
      String message,
      MatchStatus status,
      MatchPhase phase,
      List<MatchCommandType> allowedCommands,
      List<MatchStatus> allowedStatuses) {
    super(message);
    this.status = status;
    this.phase = phase;
    this.allowedCommands = List.copyOf(allowedCommands);
    this.allowedStatuses = List.copyOf(allowedStatuses);
  }

  public MatchStatus status() {
    return status;
  }

  public MatchPhase phase() {
    return phase;
  }

  public List<MatchCommandType> allowedCommands() {
    return allowedCommands;
  }

  /** The statuses the match may move to next (empty when it is over for good). */
  public List<MatchStatus> allowedStatuses() {
    return allowedStatuses;
  }
}

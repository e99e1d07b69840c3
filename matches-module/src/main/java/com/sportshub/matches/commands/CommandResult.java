package com.sportshub.matches.commands;

import com.sportshub.matches.query.MatchView;
import java.util.List;

/**
 * What became of a command. Accepted: {@link Outcome#APPLIED}, or {@link Outcome#DUPLICATE} when a
 * command with the same client id was applied before (nothing changed this time); either way {@code
 * match} is the match as it now stands. Refused: the other outcomes, with a message; {@code field}
 * names a bad value, and a {@link Outcome#CONFLICT} lists the commands the match could take and the
 * statuses they lead to.
 */
public record CommandResult(
    Outcome outcome,
    String matchId,
    String clientId,
    String command,
    String message,
    String field,
    List<String> allowedCommands,
    List<String> allowedStatuses,
    MatchView match,
    String eventId) {

  /** How a command ended; the names are the WebSocket error codes of the refusals. */
  public enum Outcome {
    APPLIED,
    DUPLICATE,
    INVALID,
    UNAUTHORIZED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT;

    public boolean accepted() {
      return this == APPLIED || this == DUPLICATE;
    }
  }

  public CommandResult {
    allowedCommands = allowedCommands == null ? List.of() : List.copyOf(allowedCommands);
    allowedStatuses = allowedStatuses == null ? List.of() : List.copyOf(allowedStatuses);
  }

  public static CommandResult refused(MatchCommand command, Outcome outcome, String message) {
    return new CommandResult(
        outcome,
        command.matchId(),
        command.clientId(),
        command.command(),
        message,
        null,
        null,
        null,
        null,
        null);
  }
}

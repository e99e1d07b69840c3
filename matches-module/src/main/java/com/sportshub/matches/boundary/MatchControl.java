package com.sportshub.matches.boundary;

import com.sportshub.matches.commands.CommandCaller;
import com.sportshub.matches.commands.CommandResult;
import com.sportshub.matches.commands.CommandResult.Outcome;
import com.sportshub.matches.commands.MatchCommand;
import com.sportshub.matches.commands.MatchCommands;
import com.sportshub.matches.entity.CommandForbidden;
import com.sportshub.matches.entity.IllegalMatchMove;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.MatchCommandType;
import com.sportshub.matches.entity.MatchNotFound;
import com.sportshub.matches.entity.MatchStatus;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * The command port of the matches context: where referees (over REST or WebSocket), admins and the
 * simulator command a match. Checks the caller's role first, then runs {@link CommandIntake} in its
 * own transaction holding the match's lock, so that its publications go out in commit order, and
 * turns every refusal into a result.
 *
 * <p>Both views are declared: the port for the hub, the bean itself for the simulator, which also
 * names the source of what it records.
 */
@Singleton
@LocalBean
@Local(MatchCommands.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MatchControl implements MatchCommands {

  private static final Logger LOG = Logger.getLogger(MatchControl.class.getName());

  @Inject CommandIntake intake;
  @Inject MatchLocks locks;

  @Override
  public CommandResult apply(MatchCommand command, CommandCaller caller) {
    return apply(command, caller, "control");
  }

  /**
   * As {@link #apply(MatchCommand, CommandCaller)}, recording events as coming from {@code source}.
   */
  public CommandResult apply(MatchCommand command, CommandCaller caller, String source) {
    if (caller == null || caller.anonymous()) {
      return CommandResult.refused(command, Outcome.UNAUTHORIZED, "match commands need a token");
    }
    if (!caller.admin() && !caller.referee()) {
      return CommandResult.refused(
          command, Outcome.FORBIDDEN, "only a referee of the match or an admin may command it");
    }
    if (command.matchId() == null || command.matchId().isBlank()) {
      return invalid(command, new InvalidMatchInput("matchId", "is required"));
    }
    try {
      return locks.holding(List.of(command.matchId()), () -> intake.apply(command, caller, source));
    } catch (InvalidMatchInput e) {
      return invalid(command, e);
    } catch (MatchNotFound e) {
      return CommandResult.refused(command, Outcome.NOT_FOUND, e.getMessage());
    } catch (CommandForbidden e) {
      return CommandResult.refused(command, Outcome.FORBIDDEN, e.getMessage());
    } catch (IllegalMatchMove e) {
      LOG.fine(() -> "refused: " + e.getMessage());
      return new CommandResult(
          Outcome.CONFLICT,
          command.matchId(),
          command.clientId(),
          command.command(),
          e.getMessage(),
          null,
          e.allowedCommands().stream().map(MatchCommandType::wireName).toList(),
          e.allowedStatuses().stream().map(MatchStatus::name).toList(),
          null,
          null);
    }
  }

  private static CommandResult invalid(MatchCommand command, InvalidMatchInput e) {
    return new CommandResult(
        Outcome.INVALID,
        command.matchId(),
        command.clientId(),
        command.command(),
        e.getMessage(),
        e.field(),
        null,
        null,
        null,
        null);
  }
}

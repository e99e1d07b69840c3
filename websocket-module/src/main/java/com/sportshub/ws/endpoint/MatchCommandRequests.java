package com.sportshub.ws.endpoint;

import com.sportshub.matches.commands.CommandCaller;
import com.sportshub.matches.commands.CommandJson;
import com.sportshub.matches.commands.CommandResult;
import com.sportshub.matches.commands.InvalidCommand;
import com.sportshub.matches.commands.MatchCommand;
import com.sportshub.matches.commands.MatchCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;

/**
 * {@code match_command}: a referee (or admin) commands a match over the socket, as the connection's
 * token says who they are. Handed to the matches context's command port; the answer is a {@code
 * command_result}, or an {@code error} with the refusal's code (UNAUTHORIZED, FORBIDDEN, NOT_FOUND,
 * CONFLICT with the allowed commands and statuses, BAD_REQUEST naming the field). Runs on the
 * client's lane: it writes to the database.
 */
@ApplicationScoped
class MatchCommandRequests {

  @Inject MatchCommands commands;

  void handle(ClientSession client, JsonObject message, JsonValue id) {
    Caller caller = client.caller();
    if (caller.expiredAt(Instant.now())) {
      client.send(Messages.error(ErrorCode.TOKEN_EXPIRED, "the connection's token expired", id));
      return;
    }
    MatchCommand command;
    try {
      command = CommandJson.read(null, message);
    } catch (InvalidCommand e) {
      client.send(Messages.badField(e.getMessage(), id, e.field()));
      return;
    }
    CommandResult result =
        commands.apply(command, new CommandCaller(caller.subject(), caller.roles()));
    JsonObjectBuilder answer;
    if (result.outcome().accepted()) {
      answer = Messages.reply("command_result", id);
    } else {
      answer = Messages.reply("error", id).add("code", code(result.outcome()).name());
    }
    CommandJson.result(result).build().forEach(answer::add);
    client.send(answer.build().toString());
  }

  static ErrorCode code(CommandResult.Outcome refusal) {
    return switch (refusal) {
      case UNAUTHORIZED -> ErrorCode.UNAUTHORIZED;
      case FORBIDDEN -> ErrorCode.FORBIDDEN;
      case NOT_FOUND -> ErrorCode.NOT_FOUND;
      case CONFLICT -> ErrorCode.CONFLICT;
      default -> ErrorCode.BAD_REQUEST;
    };
  }
}

package com.sportshub.web.matches;

import com.sportshub.matches.commands.CommandJson;
import com.sportshub.matches.commands.CommandResult;
import com.sportshub.web.problems.Problems;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A command's result as an HTTP answer: 200 with the result when applied or recognised as a repeat;
 * otherwise problem details: 400 naming the field, 401, 403, 404, or 409 listing {@code
 * allowedCommands} and {@code allowedStatuses}, the moves the match could make instead.
 */
final class CommandAnswers {

  private CommandAnswers() {}

  static Response of(CommandResult result) {
    JsonObject body = CommandJson.result(result).build();
    return switch (result.outcome()) {
      case APPLIED, DUPLICATE ->
          Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE).build();
      case INVALID -> Problems.withMembers(400, "Invalid input", result.message(), body);
      case UNAUTHORIZED -> Problems.withMembers(401, "Unauthorized", result.message(), body);
      case FORBIDDEN -> Problems.withMembers(403, "Forbidden", result.message(), body);
      case NOT_FOUND -> Problems.withMembers(404, "Not Found", result.message(), body);
      case CONFLICT -> Problems.withMembers(409, "Illegal move", result.message(), body);
    };
  }
}

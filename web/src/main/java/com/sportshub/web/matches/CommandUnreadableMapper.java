package com.sportshub.web.matches;

import com.sportshub.matches.commands.InvalidCommand;
import com.sportshub.web.problems.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A match command with a value of the wrong type: 400 naming the field. */
@Provider
public class CommandUnreadableMapper implements ExceptionMapper<InvalidCommand> {

  @Override
  public Response toResponse(InvalidCommand invalid) {
    return Problems.ofField(400, "Invalid input", invalid.getMessage(), invalid.field());
  }
}

package com.sportshub.web;

import com.sportshub.matches.entity.MatchNotFound;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A write that names a match, competition or season that does not exist: 404. */
@Provider
public class MatchNotFoundMapper implements ExceptionMapper<MatchNotFound> {

  @Override
  public Response toResponse(MatchNotFound missing) {
    return Problems.of(404, "Not Found", missing.getMessage());
  }
}

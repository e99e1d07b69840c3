package com.sportshub.web;

import com.sportshub.odds.entity.InvalidFeed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A feed message or query the odds context refused: 400 naming the field. */
@Provider
public class FeedRefusedMapper implements ExceptionMapper<InvalidFeed> {

  @Override
  public Response toResponse(InvalidFeed invalid) {
    return Problems.ofField(400, "Invalid input", invalid.getMessage(), invalid.field());
  }
}

package com.sportshub.web;

import com.sportshub.matches.entity.InvalidMatchInput;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Input the matches context refused: 400 naming the field. */
@Provider
public class MatchInputMapper implements ExceptionMapper<InvalidMatchInput> {

  @Override
  public Response toResponse(InvalidMatchInput invalid) {
    return Problems.ofField(400, "Invalid input", invalid.getMessage(), invalid.field());
  }
}

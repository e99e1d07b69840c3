package com.sportshub.web;

import com.sportshub.racing.entity.InvalidRacingInput;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A racing write the context refused: 400 naming the field. */
@Provider
public class InvalidRacingInputMapper implements ExceptionMapper<InvalidRacingInput> {

  @Override
  public Response toResponse(InvalidRacingInput invalid) {
    return Problems.ofField(400, "Invalid input", invalid.getMessage(), invalid.field());
  }
}

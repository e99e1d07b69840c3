package com.sportshub.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Invalid input: 400 with a problem that names the offending field. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInput> {

  @Override
  public Response toResponse(InvalidInput invalid) {
    return Problems.ofField(400, "Invalid input", invalid.getMessage(), invalid.field());
  }
}

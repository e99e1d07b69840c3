package com.sportshub.web;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON at all: 400. The JSON-P body reader throws its parsing exception as it
 * is, which would otherwise be taken for our fault.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonParsingException> {

  @Override
  public Response toResponse(JsonParsingException malformed) {
    return Problems.of(400, "Malformed body", "the body is not JSON: " + malformed.getLocation());
  }
}

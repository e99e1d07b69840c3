package com.sportshub.web.problems;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, read by a resource that takes JSON-P values: 400, saying where the
 * parser stopped.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {

  @Override
  public Response toResponse(JsonException malformed) {
    String where =
        malformed instanceof JsonParsingException parsing && parsing.getLocation() != null
            ? " (line %d, column %d)"
                .formatted(
                    parsing.getLocation().getLineNumber(), parsing.getLocation().getColumnNumber())
            : "";
    return Problems.of(400, "Malformed body", "the body is not valid JSON" + where);
  }
}

package com.sportshub.web.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: 500, with an incident id the operator finds in the log, and no stack
 * trace or SQL in the answer. Except the database being away, which is no fault of the request: 503
 * with {@code Retry-After}, logged once per outage ({@link DatabaseOutage}).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Exception error) {
    if (DatabaseOutage.explains(error)) {
      return Problems.unavailable(
          "the database cannot be reached now; retry", DatabaseOutage.RETRY_AFTER_SECONDS);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident, error);
    return Problems.of(500, "Internal error", "incident " + incident);
  }
}

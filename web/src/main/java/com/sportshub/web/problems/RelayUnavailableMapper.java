package com.sportshub.web.problems;

import com.sportshub.ws.boundary.RelayUnavailable;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The broker is backed up (Redis away for long): 503, so the writer retries later. */
@Provider
public class RelayUnavailableMapper implements ExceptionMapper<RelayUnavailable> {

  @Override
  public Response toResponse(RelayUnavailable unavailable) {
    return Problems.unavailable("updates cannot be relayed now; retry", 5);
  }
}

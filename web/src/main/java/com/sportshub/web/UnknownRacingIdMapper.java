package com.sportshub.web;

import com.sportshub.racing.entity.UnknownRacingId;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A meeting, race or runner the hub does not know: 404. */
@Provider
public class UnknownRacingIdMapper implements ExceptionMapper<UnknownRacingId> {

  @Override
  public Response toResponse(UnknownRacingId unknown) {
    return Problems.of(404, "Not Found", unknown.getMessage());
  }
}

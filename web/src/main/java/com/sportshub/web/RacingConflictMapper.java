package com.sportshub.web;

import com.sportshub.racing.entity.RacingConflict;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A write the race's state does not allow now (betting closed, result final...): 409. */
@Provider
public class RacingConflictMapper implements ExceptionMapper<RacingConflict> {

  @Override
  public Response toResponse(RacingConflict conflict) {
    return Problems.of(409, conflict.title(), conflict.getMessage());
  }
}

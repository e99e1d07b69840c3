package com.sportshub.web;

import com.sportshub.odds.entity.EventClosed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Prices for a closed event: 409, and nothing of the message was applied. */
@Provider
public class EventClosedMapper implements ExceptionMapper<EventClosed> {

  @Override
  public Response toResponse(EventClosed closed) {
    return Problems.of(409, "Event closed", closed.getMessage());
  }
}

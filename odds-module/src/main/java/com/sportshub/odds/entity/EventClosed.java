package com.sportshub.odds.entity;

import com.sportshub.kernel.Refusal;
import jakarta.ejb.ApplicationException;

/** Prices for an event that is closed: it takes no more. The feed message is refused whole. */
@ApplicationException(rollback = true)
public class EventClosed extends Refusal {

  private static final long serialVersionUID = 1L;

  private final String eventId;

  public EventClosed(String eventId) {
    super(
        Kind.CONFLICT,
        "Event closed",
        null,
        "event " + eventId + " is closed and takes no more prices");
    this.eventId = eventId;
  }

  public String eventId() {
    return eventId;
  }
}

package com.sportshub.odds.boundary;

/** What a feed batch did: events received, events that changed, prices written and published. */
public record IntakeResult(int events, int changedEvents, int changedPrices) {

  public IntakeResult plus(IntakeResult other) {
    return new IntakeResult(
        events + other.events,
        changedEvents + other.changedEvents,
        changedPrices + other.changedPrices);
  }
}

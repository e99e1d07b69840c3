package com.sportshub.odds.boundary;

import com.sportshub.odds.control.PriceStore;
import com.sportshub.odds.entity.PriceQuote;
import com.sportshub.odds.events.OddsChanged;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * The entry to the odds context: stores bookmaker prices and announces each one that changed.
 *
 * <p>The event is fired inside the transaction; observers that publish to clients listen after
 * success, so a rolled-back write never reaches anyone.
 */
@Stateless
public class OddsIntake {

  @Inject PriceStore prices;
  @Inject Event<OddsChanged> oddsChanged;

  /** Stores the quote; returns true when it changed a price (and an event was fired). */
  public boolean record(PriceQuote quote) {
    if (!prices.store(quote)) {
      return false;
    }
    oddsChanged.fire(
        new OddsChanged(
            UUID.randomUUID(),
            quote.sportKey(),
            quote.eventId(),
            quote.market(),
            quote.outcome(),
            quote.bookmaker(),
            quote.decimal(),
            Instant.now()));
    return true;
  }
}

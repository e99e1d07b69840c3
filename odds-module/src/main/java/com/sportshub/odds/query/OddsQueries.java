package com.sportshub.odds.query;

import java.util.List;
import java.util.Optional;

/**
 * What others may ask of the odds context: the current book of an event or a sport. Implemented by
 * the odds boundary; the WebSocket layer uses it for subscribe snapshots.
 */
public interface OddsQueries {

  /** The current prices of an event, or empty when the event is unknown. */
  Optional<List<PriceView>> pricesOfEvent(String eventId);

  /** The current prices of every event of a sport (none yet is an empty list). */
  List<PriceView> pricesOfSport(String sportKey);
}

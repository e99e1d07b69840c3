package com.sportshub.odds.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What others may ask of the odds context. Implemented by the odds boundary; the WebSocket layer
 * uses it for subscribe snapshots, the REST layer for its reads.
 */
public interface OddsQueries {

  /** The sports known to the hub. */
  List<SportView> sports();

  /** An event's current book with consensus, or empty when the event is unknown. */
  Optional<EventBook> event(String eventId);

  /** Every open (not closed) event of a sport with its book; none yet is an empty list. */
  List<EventBook> sportBook(String sportKey);

  /** The events now live, of one sport or (sportKey null) of all, with their books. */
  List<EventBook> live(String sportKey);

  /** The price changes of an event recorded in [from, to), or empty when the event is unknown. */
  Optional<List<HistoryEntry>> history(String eventId, Instant from, Instant to);
}

package com.sportshub.odds.boundary;

import com.sportshub.odds.control.EventConsensus;
import com.sportshub.odds.control.EventStore;
import com.sportshub.odds.control.OddsViews;
import com.sportshub.odds.control.PriceStore;
import com.sportshub.odds.entity.EventStatus;
import com.sportshub.odds.entity.Price;
import com.sportshub.odds.entity.SportEvent;
import com.sportshub.odds.query.EventBook;
import com.sportshub.odds.query.HistoryEntry;
import com.sportshub.odds.query.MarketConsensus;
import com.sportshub.odds.query.OddsQueries;
import com.sportshub.odds.query.SportView;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers the odds context's published queries from the current prices and their history. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OddsReader implements OddsQueries {

  private static final EnumSet<EventStatus> OPEN =
      EnumSet.of(EventStatus.SCHEDULED, EventStatus.LIVE, EventStatus.SUSPENDED);

  @Inject EventStore events;
  @Inject PriceStore prices;
  @Inject EventConsensus consensus;

  @Override
  public List<SportView> sports() {
    return events.sports().stream().map(OddsViews::of).toList();
  }

  @Override
  public Optional<EventBook> event(String eventId) {
    return events.find(eventId).map(event -> books(List.of(event)).get(0));
  }

  @Override
  public List<EventBook> sportBook(String sportKey) {
    return books(events.ofSport(sportKey, OPEN));
  }

  @Override
  public List<EventBook> live(String sportKey) {
    List<SportEvent> live =
        sportKey == null ? events.live() : events.ofSport(sportKey, EnumSet.of(EventStatus.LIVE));
    return books(live);
  }

  @Override
  public Optional<List<HistoryEntry>> history(String eventId, Instant from, Instant to) {
    return events
        .find(eventId)
        .map(e -> prices.history(eventId, from, to).stream().map(OddsViews::of).toList());
  }

  private List<EventBook> books(List<SportEvent> of) {
    Map<String, List<Price>> books = prices.ofEvents(of.stream().map(SportEvent::id).toList());
    of.forEach(event -> books.putIfAbsent(event.id(), List.of()));
    Map<String, List<MarketConsensus>> lines = consensus.all(books, Instant.now());
    return of.stream()
        .map(
            event ->
                new EventBook(
                    OddsViews.of(event),
                    books.get(event.id()).stream().map(OddsViews::of).toList(),
                    lines.get(event.id())))
        .toList();
  }
}

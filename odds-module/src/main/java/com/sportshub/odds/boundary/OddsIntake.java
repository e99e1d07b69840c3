package com.sportshub.odds.boundary;

import com.sportshub.odds.control.BatchBooks;
import com.sportshub.odds.control.BookCache;
import com.sportshub.odds.control.EventConsensus;
import com.sportshub.odds.control.EventStore;
import com.sportshub.odds.control.FeedEvents;
import com.sportshub.odds.control.OddsViews;
import com.sportshub.odds.control.PriceStore;
import com.sportshub.odds.control.SteamMemory;
import com.sportshub.odds.entity.EventStatus;
import com.sportshub.odds.entity.FeedEvent;
import com.sportshub.odds.entity.Price;
import com.sportshub.odds.entity.SportEvent;
import com.sportshub.odds.events.OddsChanged;
import com.sportshub.odds.query.PriceView;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applies a feed batch in one transaction: creates the events it names, writes the prices that
 * changed (and their history) and fires one {@link OddsChanged} per event that changed. The rules
 * are control's ({@link FeedEvents} for the events, {@link BatchBooks} for the prices); this facade
 * holds the transaction, the locks and the announcements. A batch is applied whole or not at all.
 * The books it diffs against are the ones this node kept from its last write of each event where
 * the event's book version says nobody wrote since ({@link BookCache}); only the others are read.
 *
 * <p>Events are fired inside the transaction; observers that publish to clients listen after
 * success, so a rolled-back batch never reaches anyone. Callers go through {@link OddsFeed}, which
 * keeps the publications of one event in commit order.
 */
@Stateless
public class OddsIntake {

  @Inject EventStore events;
  @Inject PriceStore prices;
  @Inject EventConsensus consensus;
  @Inject SteamMemory steam;
  @Inject BookCache cache;
  @Inject Event<OddsChanged> oddsChanged;

  public IntakeResult apply(List<FeedEvent> batch, String source) {
    Instant now = Instant.now();
    Map<String, SportEvent> known = events.lockAll(batch.stream().map(FeedEvent::id).toList());
    BatchBooks books = new BatchBooks(prices, prices.booksAt(versionsOf(known)), source);
    steam.load(known.keySet(), now);
    int changedEvents = 0;
    int changedPrices = 0;
    for (int i = 0; i < batch.size(); i++) {
      FeedEvent feed = batch.get(i);
      SportEvent event = known.get(feed.id());
      boolean eventChanged;
      if (event == null) {
        event = add(feed, now);
        known.put(event.id(), event);
        eventChanged = true;
      } else {
        eventChanged = FeedEvents.update(event, feed, i, now);
      }
      FeedEvents.checkOpen(event, feed);
      List<Price> moved = books.merge(feed, event, now);
      if (eventChanged || !moved.isEmpty()) {
        changedEvents++;
        changedPrices += moved.size();
        announce(event, moved, books.book(feed.id()), now);
      }
    }
    books.flush();
    keepWhenCommitted(known, books.books());
    return new IntakeResult(batch.size(), changedEvents, changedPrices);
  }

  private SportEvent add(FeedEvent feed, Instant now) {
    events.sport(feed.sportKey(), feed.sportTitle());
    SportEvent event = FeedEvents.created(feed, now);
    events.add(event);
    return event;
  }

  private void announce(SportEvent event, List<Price> moved, List<Price> book, Instant now) {
    List<PriceView> changed = moved.stream().map(OddsViews::of).toList();
    oddsChanged.fire(
        new OddsChanged(
            UUID.randomUUID(),
            OddsViews.of(event),
            changed,
            consensus.of(event.id(), book, changed, now),
            now));
  }

  /** Keeps the books of the open events; a closed one's prices never move again. */
  private void keepWhenCommitted(Map<String, SportEvent> known, Map<String, List<Price>> books) {
    List<String> closed =
        known.values().stream()
            .filter(e -> e.status() == EventStatus.CLOSED)
            .map(SportEvent::id)
            .toList();
    cache.forget(closed);
    books.keySet().removeAll(closed);
    cache.keepWhenCommitted(versionsOf(known), books);
  }

  private static Map<String, Long> versionsOf(Map<String, SportEvent> events) {
    Map<String, Long> versions = new HashMap<>();
    events.forEach((id, event) -> versions.put(id, event.bookVersion()));
    return versions;
  }
}

package com.sportshub.odds.boundary;

import com.sportshub.odds.control.BookCache;
import com.sportshub.odds.control.BookMerge;
import com.sportshub.odds.control.EventConsensus;
import com.sportshub.odds.control.EventStore;
import com.sportshub.odds.control.OddsViews;
import com.sportshub.odds.control.PriceStore;
import com.sportshub.odds.control.SteamMemory;
import com.sportshub.odds.entity.EventClosed;
import com.sportshub.odds.entity.EventStatus;
import com.sportshub.odds.entity.FeedBookmaker;
import com.sportshub.odds.entity.FeedEvent;
import com.sportshub.odds.entity.InvalidFeed;
import com.sportshub.odds.entity.Price;
import com.sportshub.odds.entity.SportEvent;
import com.sportshub.odds.events.OddsChanged;
import com.sportshub.odds.query.PriceView;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a feed batch in one transaction: creates the events it names, writes the prices that
 * changed (and their history) and fires one {@link OddsChanged} per event that changed. A batch is
 * applied whole or not at all. The books it diffs against are the ones this node kept from its last
 * write of each event where the event's book version says nobody wrote since ({@link BookCache});
 * only the others are read.
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
    Map<String, List<Price>> books = prices.booksAt(versionsOf(known));
    steam.load(known.keySet(), now);
    Set<Price> added = new HashSet<>();
    Set<Price> moved = new LinkedHashSet<>();
    int changedEvents = 0;
    int changedPrices = 0;
    for (int i = 0; i < batch.size(); i++) {
      FeedEvent feed = batch.get(i);
      SportEvent event = known.get(feed.id());
      boolean eventChanged = false;
      if (event == null) {
        events.sport(feed.sportKey(), feed.sportTitle());
        event = new SportEvent(feed, statusOf(feed, EventStatus.SCHEDULED, now), now);
        events.add(event);
        known.put(event.id(), event);
        eventChanged = true;
      } else if (!event.sportKey().equals(feed.sportKey())) {
        throw new InvalidFeed(
            "[" + i + "].sport_key", "differs from the event's sport " + event.sportKey());
      } else {
        eventChanged = event.describe(feed, now);
        eventChanged |= event.moveTo(statusOf(feed, event.status(), now), now);
      }
      if (event.status() == EventStatus.CLOSED && !feed.bookmakers().isEmpty()) {
        throw new EventClosed(event.id());
      }
      BookMerge merge =
          new BookMerge(feed.sportKey(), feed.id(), books.getOrDefault(feed.id(), List.of()));
      for (FeedBookmaker bookmaker : feed.bookmakers()) {
        merge.apply(bookmaker, now);
      }
      List<Price> movedHere = merge.moved();
      merge.added().forEach(prices::add);
      added.addAll(merge.added());
      moved.addAll(movedHere);
      movedHere.forEach(price -> prices.remember(price, now, source));
      List<Price> book = merge.book();
      books.put(feed.id(), book);
      if (!movedHere.isEmpty()) {
        event.bookChanged();
      }
      if (eventChanged || !movedHere.isEmpty()) {
        changedEvents++;
        changedPrices += movedHere.size();
        List<PriceView> changed = movedHere.stream().map(OddsViews::of).toList();
        oddsChanged.fire(
            new OddsChanged(
                UUID.randomUUID(),
                OddsViews.of(event),
                changed,
                consensus.of(event.id(), book, changed, now),
                now));
      }
    }
    moved.removeAll(added); // new prices are inserted, as they are at the commit, by JPA
    prices.update(moved);
    keepWhenCommitted(known, books);
    return new IntakeResult(batch.size(), changedEvents, changedPrices);
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

  /**
   * The status the feed gives, or else the one held, except that a scheduled event whose start time
   * has passed is live: The Odds API never says so itself.
   */
  private static EventStatus statusOf(FeedEvent feed, EventStatus held, Instant now) {
    if (feed.status() != null) {
      return feed.status();
    }
    return held == EventStatus.SCHEDULED && !feed.commenceTime().isAfter(now)
        ? EventStatus.LIVE
        : held;
  }
}

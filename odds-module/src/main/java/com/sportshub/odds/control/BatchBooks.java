package com.sportshub.odds.control;

import com.sportshub.odds.entity.FeedBookmaker;
import com.sportshub.odds.entity.FeedEvent;
import com.sportshub.odds.entity.Price;
import com.sportshub.odds.entity.SportEvent;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prices of one feed batch: merges each event's bookmakers into the book held for it, adds the
 * new prices and records the history of the moved ones as it goes, and writes the moved ones once,
 * at the end ({@link #flush()}), so that a price moved twice in a batch is written once.
 */
public final class BatchBooks {

  private final PriceStore prices;
  private final Map<String, List<Price>> books;
  private final String source;
  private final Set<Price> added = new HashSet<>();
  private final Set<Price> moved = new LinkedHashSet<>();

  /**
   * @param books the books held, by event id, as the batch starts; kept up to date as it goes
   * @param source who sent the batch, for the history
   */
  public BatchBooks(PriceStore prices, Map<String, List<Price>> books, String source) {
    this.prices = prices;
    this.books = books;
    this.source = source;
  }

  /** Merges the feed's bookmakers into its event's book; returns the prices that moved. */
  public List<Price> merge(FeedEvent feed, SportEvent event, Instant now) {
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
    books.put(feed.id(), merge.book());
    if (!movedHere.isEmpty()) {
      event.bookChanged();
    }
    return movedHere;
  }

  /** The event's book as it stands after the merges so far. */
  public List<Price> book(String eventId) {
    return books.get(eventId);
  }

  /** Every book the batch read or wrote, by event id. */
  public Map<String, List<Price>> books() {
    return books;
  }

  /** Writes the prices that moved; new prices are inserted, as they are at the commit, by JPA. */
  public void flush() {
    moved.removeAll(added);
    prices.update(moved);
  }
}

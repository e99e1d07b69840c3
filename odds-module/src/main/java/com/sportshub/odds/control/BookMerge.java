package com.sportshub.odds.control;

import com.sportshub.odds.entity.FeedBookmaker;
import com.sportshub.odds.entity.FeedMarket;
import com.sportshub.odds.entity.FeedOutcome;
import com.sportshub.odds.entity.Price;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a feed's quotes for one event to the event's current prices. What the feed repeats, and
 * what it says later than a newer price already held, changes nothing; prices the feed leaves out
 * stay as they are (a feed sends what it has, not a full book).
 */
public final class BookMerge {

  private final String sportKey;
  private final String eventId;
  private final Map<String, Price> book = new HashMap<>();
  private final List<Price> added = new ArrayList<>();
  private final Set<Price> moved = new LinkedHashSet<>();

  public BookMerge(String sportKey, String eventId, List<Price> current) {
    this.sportKey = sportKey;
    this.eventId = eventId;
    current.forEach(p -> book.put(key(p.market(), p.outcome(), p.bookmaker()), p));
  }

  /** Applies every quote of the bookmaker; the market's time wins over the bookmaker's. */
  public void apply(FeedBookmaker bookmaker, Instant now) {
    for (FeedMarket market : bookmaker.markets()) {
      Instant quotedAt = market.lastUpdate() != null ? market.lastUpdate() : bookmaker.lastUpdate();
      for (FeedOutcome quote : market.outcomes()) {
        String key = key(market.type().key(), quote.name(), bookmaker.key());
        Price held = book.get(key);
        if (held == null) {
          Price price =
              new Price(sportKey, eventId, market.type(), bookmaker.key(), quote, quotedAt, now);
          book.put(key, price);
          added.add(price);
          moved.add(price);
        } else if (held.moveTo(quote, quotedAt, now)) {
          moved.add(held);
        }
      }
    }
  }

  /** Prices new to the book, to be stored. */
  public List<Price> added() {
    return added;
  }

  /** Prices new or moved, in the order the feed gave them. */
  public List<Price> moved() {
    return List.copyOf(moved);
  }

  /** The whole book after the merge. */
  public List<Price> book() {
    return List.copyOf(book.values());
  }

  private static String key(String market, String outcome, String bookmaker) {
    return market + '\u0000' + outcome + '\u0000' + bookmaker;
  }
}

package com.sportshub.odds.control;

import com.sportshub.odds.control.pricing.PricePoint;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The recent price points of one event, per outcome and bookmaker, for steam detection: every point
 * inside the window, and the last one before it (the price in force when the window opened). Older
 * points are dropped as new ones arrive, so the memory held is bounded by the changes of one
 * window.
 *
 * <p>Not thread-safe: {@link SteamMemory} guards each instance.
 */
final class RecentMoves {

  private final Duration window;
  private final Map<String, Deque<PricePoint>> byKey = new HashMap<>();
  private Instant lastTouched = Instant.MIN;

  RecentMoves(Duration window) {
    this.window = window;
  }

  /** Adds a point; {@code previous}, when known and the key is new here, is the price before it. */
  void add(
      String market,
      String outcome,
      String bookmaker,
      BigDecimal previous,
      BigDecimal price,
      Instant at) {
    Deque<PricePoint> points =
        byKey.computeIfAbsent(key(market, outcome, bookmaker), k -> new ArrayDeque<>());
    if (points.isEmpty() && previous != null) {
      points.add(new PricePoint(bookmaker, at.minus(window), previous));
    }
    points.add(new PricePoint(bookmaker, at, price));
    trim(points, at);
    lastTouched = at.isAfter(lastTouched) ? at : lastTouched;
  }

  /**
   * The points of one outcome that steam reads: per bookmaker, the price in force when the window
   * opened (or its first inside it) and its latest price up to now. The points between cannot
   * change what {@link com.sportshub.odds.control.pricing.SteamDetector} finds, and a busy price
   * has thousands of them in a window.
   */
  List<PricePoint> of(String market, String outcome, Instant now) {
    List<PricePoint> points = new ArrayList<>();
    String prefix = market + '\u0000' + outcome + '\u0000';
    byKey.forEach(
        (key, deque) -> {
          if (key.startsWith(prefix)) {
            trim(deque, now);
            PricePoint first = deque.peekFirst();
            points.add(first);
            Iterator<PricePoint> newestFirst = deque.descendingIterator();
            while (newestFirst.hasNext()) {
              PricePoint latest = newestFirst.next();
              if (latest == first) {
                break;
              }
              if (!latest.at().isAfter(now)) {
                points.add(latest);
                break;
              }
            }
          }
        });
    return points;
  }

  /** True when nothing happened here for a whole window: the entry can go. */
  boolean idleSince(Instant cutoff) {
    return lastTouched.isBefore(cutoff);
  }

  // Keeps the newest point at or before the window's start and everything after it.
  private void trim(Deque<PricePoint> points, Instant now) {
    Instant start = now.minus(window);
    while (points.size() > 1) {
      var it = points.iterator();
      it.next();
      if (it.next().at().isAfter(start)) {
        break;
      }
      points.removeFirst();
    }
  }

  private static String key(String market, String outcome, String bookmaker) {
    return market + '\u0000' + outcome + '\u0000' + bookmaker;
  }
}

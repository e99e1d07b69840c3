package com.sportshub.odds.control;

import com.sportshub.odds.control.pricing.PricePoint;
import com.sportshub.odds.entity.PriceChange;
import com.sportshub.odds.query.PriceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The price moves of the steam window, per event, in memory: steam is asked for on every change,
 * and reading the window's history from the database each time cost more than the rest of the
 * write. An event's window is loaded from the history the first time this node meets it; after
 * that, moves committed on this node are added as they are published. Moves written through another
 * node reach this one's memory only when it next loads the event (after it was idle for a window),
 * so steam sees what the node applying the batch has seen: feeds are usually pinned to one node per
 * event.
 */
@ApplicationScoped
public class SteamMemory {

  @Inject PriceStore prices;

  @Inject
  @ConfigProperty(name = "hub.odds.steam.window", defaultValue = "PT5M")
  Duration window;

  private final Map<String, RecentMoves> events = new ConcurrentHashMap<>();
  private final AtomicLong calls = new AtomicLong();

  public Duration window() {
    return window;
  }

  /** Loads the window of the events not held yet, in one query. */
  public void load(Collection<String> eventIds, Instant now) {
    List<String> missing = eventIds.stream().filter(id -> !events.containsKey(id)).toList();
    if (missing.isEmpty()) {
      return;
    }
    Map<String, List<PriceChange>> recent = prices.historySince(missing, now.minus(window));
    for (String id : missing) {
      RecentMoves moves = new RecentMoves(window);
      for (PriceChange c : recent.getOrDefault(id, List.of())) {
        moves.add(
            c.market(), c.outcome(), c.bookmaker(), c.previous(), c.decimal(), c.recordedAt());
      }
      events.putIfAbsent(id, moves);
    }
    evictIdle(now);
  }

  /**
   * The points of one outcome: those held, plus the moves of the batch being applied ({@code
   * pending}, not committed yet), each with the price it replaced where this node had none.
   */
  public List<PricePoint> points(
      String eventId, String market, String outcome, List<PriceView> pending, Instant now) {
    List<PricePoint> points = new ArrayList<>();
    RecentMoves moves = events.get(eventId);
    if (moves != null) {
      synchronized (moves) {
        points.addAll(moves.of(market, outcome, now));
      }
    }
    Set<String> known = new HashSet<>();
    points.forEach(p -> known.add(p.bookmaker()));
    for (PriceView p : pending) {
      if (p.market().equals(market) && p.outcome().equals(outcome)) {
        if (known.add(p.bookmaker()) && p.previous() != null) {
          points.add(new PricePoint(p.bookmaker(), now.minus(window), p.previous()));
        }
        points.add(new PricePoint(p.bookmaker(), now, p.price()));
      }
    }
    return points;
  }

  /** Adds the moves of a committed change. */
  public void record(String eventId, List<PriceView> moved, Instant at) {
    while (true) {
      RecentMoves moves = events.computeIfAbsent(eventId, id -> new RecentMoves(window));
      synchronized (moves) {
        // An eviction between taking the window and locking it would drop these moves with it.
        if (events.get(eventId) == moves) {
          for (PriceView p : moved) {
            moves.add(p.market(), p.outcome(), p.bookmaker(), p.previous(), p.price(), at);
          }
          return;
        }
      }
    }
  }

  // Now and then, forget the events nothing happened to for a whole window; each one under its own
  // lock, so that a move being recorded either lands before the check or finds the event gone.
  private void evictIdle(Instant now) {
    if (calls.incrementAndGet() % 256 == 0) {
      Instant cutoff = now.minus(window);
      events.forEach(
          (id, moves) -> {
            synchronized (moves) {
              if (moves.idleSince(cutoff)) {
                events.remove(id, moves);
              }
            }
          });
    }
  }
}

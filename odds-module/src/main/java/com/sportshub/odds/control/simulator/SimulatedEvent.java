package com.sportshub.odds.control.simulator;

import com.sportshub.odds.entity.FeedBookmaker;
import com.sportshub.odds.entity.FeedEvent;
import com.sportshub.odds.entity.FeedMarket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One simulated fixture: who plays when, its markets, and how its bookmakers follow the market. A
 * bookmaker does not always follow a move at once, and now and then takes a market off the board
 * for a few ticks.
 */
final class SimulatedEvent {

  private static final double FOLLOW_CHANCE = 0.7;
  private static final double SUSPEND_CHANCE = 0.02;
  // Per tick, so a suspension lasts 1 / 0.4 = 2.5 ticks on average.
  private static final double RESUME_CHANCE = 0.4;

  private final String id;
  private final SimulatedSport sport;
  private final String home;
  private final String away;
  private final Instant commence;
  private final List<SimulatedMarket> markets;

  private SimulatedEvent(
      String id,
      SimulatedSport sport,
      String home,
      String away,
      Instant commence,
      List<SimulatedMarket> markets) {
    this.id = id;
    this.sport = sport;
    this.home = home;
    this.away = away;
    this.commence = commence;
    this.markets = markets;
  }

  /** A new fixture, priced by every bookmaker at {@code now}. */
  static SimulatedEvent open(
      String id,
      SimulatedSport sport,
      String home,
      String away,
      Instant commence,
      List<SimulatedBookmaker> books,
      RandomGenerator random,
      Instant now) {
    SimulatedEvent event =
        new SimulatedEvent(
            id, sport, home, away, commence, sport.openingMarkets(home, away, random));
    for (SimulatedBookmaker book : books) {
      event.markets.forEach(market -> market.requote(book, random, now));
    }
    return event;
  }

  String id() {
    return id;
  }

  SimulatedSport sport() {
    return sport;
  }

  List<String> teams() {
    return List.of(home, away);
  }

  boolean finishedBy(Instant now) {
    return !now.isBefore(commence.plus(sport.length()));
  }

  /**
   * One tick: when the event {@code moves}, its true prices step and bookmakers follow or suspend;
   * suspended markets may come back either way. Answers only the bookmakers' markets that changed.
   */
  Optional<FeedEvent> step(
      List<SimulatedBookmaker> books,
      RandomGenerator random,
      double volatility,
      boolean moves,
      Instant now) {
    if (moves) {
      markets.forEach(market -> market.walk(random, volatility));
    }
    List<FeedBookmaker> changed = new ArrayList<>();
    for (SimulatedBookmaker book : books) {
      List<FeedMarket> moved = new ArrayList<>();
      for (SimulatedMarket market : markets) {
        if (market.suspended(book.key())) {
          if (random.nextDouble() < RESUME_CHANCE) {
            market.requote(book, random, now).ifPresent(moved::add);
          }
        } else if (moves && random.nextDouble() < SUSPEND_CHANCE) {
          market.suspend(book.key());
        } else if (moves && random.nextDouble() < FOLLOW_CHANCE) {
          market.requote(book, random, now).ifPresent(moved::add);
        }
      }
      if (!moved.isEmpty()) {
        changed.add(new FeedBookmaker(book.key(), book.title(), now, moved));
      }
    }
    return changed.isEmpty() ? Optional.empty() : Optional.of(feedEvent(changed));
  }

  /** Every bookmaker's current markets; suspended markets, and bookmakers with none, left out. */
  FeedEvent snapshot(List<SimulatedBookmaker> books) {
    List<FeedBookmaker> quoted = new ArrayList<>();
    for (SimulatedBookmaker book : books) {
      List<FeedMarket> current =
          markets.stream().flatMap(market -> market.quoted(book.key()).stream()).toList();
      current.stream()
          .map(FeedMarket::lastUpdate)
          .max(Comparator.naturalOrder())
          .ifPresent(at -> quoted.add(new FeedBookmaker(book.key(), book.title(), at, current)));
    }
    return feedEvent(quoted);
  }

  private FeedEvent feedEvent(List<FeedBookmaker> books) {
    return new FeedEvent(id, sport.key(), sport.title(), commence, home, away, books);
  }
}

package com.sportshub.odds.control.simulator;

import com.sportshub.odds.entity.FeedMarket;
import com.sportshub.odds.entity.FeedOutcome;
import com.sportshub.odds.entity.MarketType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One market of a simulated event: the true probability of each outcome, which wanders by a random
 * walk, and each bookmaker's last quote of it. Lines (the point of a spread or total) never move;
 * only the prices around them do.
 */
final class SimulatedMarket {

  // Keeps prices finite (at most 50) and, in a two-way book, the favourite at most 0.98.
  static final double LOWEST_PROBABILITY = 0.02;
  static final BigDecimal LOWEST_PRICE = new BigDecimal("1.01");
  // A bookmaker's own view: about 0.4 % either side of the true price, never beyond 1 %.
  private static final double NOISE = 0.004;
  private static final double MAX_NOISE = 0.01;

  private final MarketType type;
  private final List<String> names;
  private final List<BigDecimal> points;
  private double[] truth;
  private final Map<String, Quote> quotes = new LinkedHashMap<>();

  private SimulatedMarket(
      MarketType type, List<String> names, List<BigDecimal> points, double[] truth) {
    this.type = type;
    this.names = List.copyOf(names);
    this.points = points;
    this.truth = bounded(truth);
  }

  static SimulatedMarket headToHead(List<String> names, double... probabilities) {
    return new SimulatedMarket(
        MarketType.H2H, names, Arrays.asList(new BigDecimal[names.size()]), probabilities);
  }

  static SimulatedMarket withLine(
      MarketType type,
      String first,
      BigDecimal firstPoint,
      String second,
      BigDecimal secondPoint,
      double firstProbability) {
    return new SimulatedMarket(
        type,
        List.of(first, second),
        List.of(firstPoint, secondPoint),
        new double[] {firstProbability, 1 - firstProbability});
  }

  MarketType type() {
    return type;
  }

  double[] truth() {
    return truth.clone();
  }

  /** One step of the walk: Gaussian noise on each log-probability, then back to a bounded book. */
  void walk(RandomGenerator random, double volatility) {
    double[] next = new double[truth.length];
    for (int i = 0; i < truth.length; i++) {
      next[i] = Math.exp(Math.log(truth[i]) + volatility * random.nextGaussian());
    }
    truth = bounded(next);
  }

  /**
   * The bookmaker prices the market afresh; answers the market when its prices differ from its
   * previous quote (or it had none), empty when the quote repeats.
   */
  Optional<FeedMarket> requote(SimulatedBookmaker book, RandomGenerator random, Instant now) {
    List<BigDecimal> prices = new ArrayList<>();
    for (double p : truth) {
      double noise = Math.max(-MAX_NOISE, Math.min(MAX_NOISE, random.nextGaussian() * NOISE));
      prices.add(price(p, book.margin(), noise));
    }
    Quote previous = quotes.get(book.key());
    if (previous != null && !previous.suspended() && previous.prices().equals(prices)) {
      return Optional.empty();
    }
    quotes.put(book.key(), new Quote(prices, now, false));
    return quoted(book.key());
  }

  /** Takes the bookmaker's market off the board until it next requotes. */
  void suspend(String bookmaker) {
    Quote quote = quotes.get(bookmaker);
    if (quote != null) {
      quotes.put(bookmaker, new Quote(quote.prices(), quote.at(), true));
    }
  }

  boolean suspended(String bookmaker) {
    Quote quote = quotes.get(bookmaker);
    return quote != null && quote.suspended();
  }

  /** The bookmaker's current market, empty when it has none or is suspended. */
  Optional<FeedMarket> quoted(String bookmaker) {
    Quote quote = quotes.get(bookmaker);
    if (quote == null || quote.suspended()) {
      return Optional.empty();
    }
    List<FeedOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      outcomes.add(new FeedOutcome(names.get(i), quote.prices().get(i), points.get(i)));
    }
    return Optional.of(new FeedMarket(type, quote.at(), outcomes));
  }

  /** Decimal price: the inverse of the true probability grown by margin and noise, 2 decimals. */
  static BigDecimal price(double probability, double margin, double noise) {
    double raw = 1 / (probability * (1 + margin) * (1 + noise));
    BigDecimal price = BigDecimal.valueOf(raw).setScale(2, RoundingMode.HALF_UP);
    return price.compareTo(LOWEST_PRICE) < 0 ? LOWEST_PRICE : price;
  }

  /**
   * Scales to a sum of 1 with no outcome under the floor: outcomes that would fall under it sit on
   * it, and the others share what is left in their proportions.
   */
  static double[] bounded(double[] probabilities) {
    double[] p = new double[probabilities.length];
    boolean[] floored = new boolean[p.length];
    for (int pass = 0; pass <= p.length; pass++) {
      double free = 0;
      int onFloor = 0;
      for (int i = 0; i < p.length; i++) {
        if (floored[i]) {
          onFloor++;
        } else {
          free += probabilities[i];
        }
      }
      double share = 1 - onFloor * LOWEST_PROBABILITY;
      boolean settled = true;
      for (int i = 0; i < p.length; i++) {
        p[i] = floored[i] ? LOWEST_PROBABILITY : probabilities[i] / free * share;
        if (p[i] < LOWEST_PROBABILITY) {
          floored[i] = true;
          settled = false;
        }
      }
      if (settled) {
        break;
      }
    }
    return p;
  }

  private record Quote(List<BigDecimal> prices, Instant at, boolean suspended) {}
}

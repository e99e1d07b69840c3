package com.sportshub.odds.control;

import com.sportshub.odds.control.pricing.Consensus;
import com.sportshub.odds.control.pricing.ConsensusLine;
import com.sportshub.odds.control.pricing.MarginMethod;
import com.sportshub.odds.control.pricing.OutcomeConsensus;
import com.sportshub.odds.control.pricing.SteamDetector;
import com.sportshub.odds.control.pricing.SteamRule;
import com.sportshub.odds.entity.Price;
import com.sportshub.odds.query.ConsensusPrice;
import com.sportshub.odds.query.MarketConsensus;
import com.sportshub.odds.query.PriceView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The consensus of an event's market lines, computed from its whole current book, with steam from
 * its recent history. A line is a market and, for spreads and totals, a point: bookmakers quoting
 * different lines are different markets and are never averaged together.
 *
 * <p>Configured by {@code hub.odds.margin-method} (multiplicative, additive, power, shin) and
 * {@code hub.odds.steam.*}: at least {@code min-move-points} percentage points within {@code
 * window} at {@code min-bookmakers} or more bookmakers; the moves come from {@link SteamMemory}.
 */
@Dependent
public class EventConsensus {

  @Inject SteamMemory memory;

  @Inject
  @ConfigProperty(name = "hub.odds.margin-method", defaultValue = "multiplicative")
  String marginMethod;

  @Inject
  @ConfigProperty(name = "hub.odds.steam.min-move-points", defaultValue = "3")
  double steamPoints;

  @Inject
  @ConfigProperty(name = "hub.odds.steam.min-bookmakers", defaultValue = "3")
  int steamBookmakers;

  private MarginMethod method;
  private SteamDetector steam;

  /** Reads the settings once: a wrong one fails the start, not every write. */
  @PostConstruct
  void configure() {
    method = MarginMethod.valueOf(marginMethod.toUpperCase(Locale.ROOT));
    steam = new SteamDetector(new SteamRule(steamPoints, memory.window(), steamBookmakers));
  }

  /** The consensus of the lines the changed prices belong to, steam counting the changes. */
  public List<MarketConsensus> of(
      String eventId, List<Price> book, List<PriceView> changed, Instant now) {
    Set<Line> lines = new LinkedHashSet<>();
    changed.forEach(p -> lines.add(Line.of(p.market(), p.point())));
    return lines(eventId, book, lines, changed, now);
  }

  /** The consensus of every line of each book, by event id. */
  public Map<String, List<MarketConsensus>> all(Map<String, List<Price>> books, Instant now) {
    memory.load(books.keySet(), now);
    Map<String, List<MarketConsensus>> result = new TreeMap<>();
    books.forEach(
        (eventId, book) -> {
          Set<Line> lines = new LinkedHashSet<>();
          book.forEach(p -> lines.add(Line.of(p.market(), p.point())));
          result.put(eventId, lines(eventId, book, lines, List.of(), now));
        });
    return result;
  }

  private List<MarketConsensus> lines(
      String eventId,
      List<Price> book,
      Collection<Line> lines,
      List<PriceView> pending,
      Instant now) {
    List<MarketConsensus> result = new ArrayList<>();
    for (Line line : lines) {
      Map<String, Map<String, BigDecimal>> books = new TreeMap<>();
      book.stream()
          .filter(line::holds)
          .sorted((a, b) -> a.outcome().compareTo(b.outcome()))
          .forEach(
              p ->
                  books
                      .computeIfAbsent(p.bookmaker(), k -> new TreeMap<>())
                      .put(p.outcome(), p.decimal()));
      ConsensusLine consensus = Consensus.of(books, method);
      List<ConsensusPrice> outcomes = new ArrayList<>();
      for (OutcomeConsensus o : consensus.outcomes()) {
        String direction =
            steam
                .detect(memory.points(eventId, line.market(), o.outcome(), pending, now), now)
                .map(s -> s.direction().name().toLowerCase(Locale.ROOT))
                .orElse(null);
        outcomes.add(
            new ConsensusPrice(
                o.outcome(),
                o.best(),
                o.bestAt(),
                o.average(),
                o.median(),
                o.fair(),
                o.bookmakers(),
                direction));
      }
      result.add(
          new MarketConsensus(
              line.market(),
              line.point(),
              consensus.arbitrage(),
              BigDecimal.valueOf(consensus.bestBookSum()).setScale(4, RoundingMode.HALF_UP),
              outcomes));
    }
    return result;
  }

  /** A market line: the market and its point (null for head to head), compared by value. */
  record Line(String market, BigDecimal point) {
    static Line of(String market, BigDecimal point) {
      return new Line(market, point == null ? null : point.stripTrailingZeros());
    }

    boolean holds(Price p) {
      return p.market().equals(market)
          && (point == null
              ? p.point() == null
              : p.point() != null && p.point().compareTo(point) == 0);
    }
  }
}

package com.sportshub.odds.control;

import com.sportshub.odds.entity.Price;
import com.sportshub.odds.query.ConsensusPrice;
import com.sportshub.odds.query.MarketConsensus;
import com.sportshub.odds.query.PriceView;
import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The consensus of an event's market lines, computed from its whole current book. A line is a
 * market and, for spreads and totals, a point: bookmakers quoting different lines are different
 * markets and are never averaged together.
 */
@Dependent
public class EventConsensus {

  /** The consensus of every line the changed prices belong to. */
  public List<MarketConsensus> of(
      String eventId, List<Price> book, List<PriceView> changed, Instant now) {
    Set<Line> lines = new LinkedHashSet<>();
    changed.forEach(p -> lines.add(new Line(p.market(), p.point())));
    return of(eventId, book, lines, now);
  }

  /** The consensus of every line of the book. */
  public List<MarketConsensus> all(String eventId, List<Price> book, Instant now) {
    Set<Line> lines = new LinkedHashSet<>();
    book.forEach(p -> lines.add(new Line(p.market(), p.point())));
    return of(eventId, book, lines, now);
  }

  private List<MarketConsensus> of(String eventId, List<Price> book, Set<Line> lines, Instant now) {
    List<MarketConsensus> result = new ArrayList<>();
    for (Line line : lines) {
      Map<String, List<Price>> byOutcome =
          book.stream()
              .filter(line::holds)
              .collect(Collectors.groupingBy(Price::outcome, TreeMap::new, Collectors.toList()));
      List<ConsensusPrice> outcomes = new ArrayList<>();
      byOutcome.forEach(
          (outcome, quotes) -> {
            Price best = quotes.stream().max((a, b) -> a.decimal().compareTo(b.decimal())).orElseThrow();
            outcomes.add(
                new ConsensusPrice(
                    outcome, best.decimal(), List.of(best.bookmaker()), null, null, null, quotes.size(), null));
          });
      result.add(new MarketConsensus(line.market(), line.point(), false, null, outcomes));
    }
    return result;
  }

  /** A market line: the market and its point (null for head to head). */
  record Line(String market, BigDecimal point) {
    boolean holds(Price p) {
      return p.market().equals(market)
          && (point == null ? p.point() == null : p.point() != null && p.point().compareTo(point) == 0);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Line l && l.market.equals(market) && samePoint(l.point);
    }

    private boolean samePoint(BigDecimal other) {
      return point == null ? other == null : other != null && point.compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(market, point == null ? null : point.stripTrailingZeros());
    }
  }
}

package com.sportshub.odds.control.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.odds.entity.FeedBookmaker;
import com.sportshub.odds.entity.FeedEvent;
import com.sportshub.odds.entity.FeedMarket;
import com.sportshub.odds.entity.FeedOutcome;
import com.sportshub.odds.entity.MarketType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PriceWalkTest {

  private static final Instant START = Instant.parse("2025-03-01T12:00:00Z");
  private static final Duration STEP = Duration.ofMinutes(10);
  private static final SimulationSettings SETTINGS = SimulationSettings.defaults();

  /** Runs {@code ticks} ticks STEP apart, handing each tick's changes to {@code seen}. */
  private static PriceWalk run(
      SimulationSettings settings, int ticks, Consumer<List<FeedEvent>> seen) {
    PriceWalk walk = new PriceWalk(settings, START);
    for (int i = 1; i <= ticks; i++) {
      seen.accept(walk.tick(START.plus(STEP.multipliedBy(i))));
    }
    return walk;
  }

  private static double overround(FeedMarket market) {
    return market.outcomes().stream().mapToDouble(o -> 1 / o.price().doubleValue()).sum();
  }

  private static String key(FeedEvent event, FeedBookmaker book, FeedMarket market) {
    return event.id() + "/" + book.key() + "/" + market.type();
  }

  private static Map<String, List<BigDecimal>> prices(List<FeedEvent> board) {
    Map<String, List<BigDecimal>> prices = new HashMap<>();
    for (FeedEvent event : board) {
      for (FeedBookmaker book : event.bookmakers()) {
        for (FeedMarket market : book.markets()) {
          prices.put(
              key(event, book, market),
              market.outcomes().stream().map(FeedOutcome::price).toList());
        }
      }
    }
    return prices;
  }

  @Test
  void repeatsItselfForTheSameSeedAndTicks() {
    List<List<FeedEvent>> first = new ArrayList<>();
    List<List<FeedEvent>> second = new ArrayList<>();

    PriceWalk a = run(SETTINGS, 200, first::add);
    PriceWalk b = run(SETTINGS, 200, second::add);

    assertEquals(first, second);
    assertEquals(a.snapshot(), b.snapshot());
  }

  @Test
  void differsForAnotherSeed() {
    SimulationSettings other =
        new SimulationSettings(
            SETTINGS.sports(),
            SETTINGS.eventsPerSport(),
            SETTINGS.bookmakers(),
            SETTINGS.volatility(),
            SETTINGS.seed() + 1);

    assertNotEquals(
        new PriceWalk(SETTINGS, START).snapshot(), new PriceWalk(other, START).snapshot());
  }

  @Test
  void quotesEveryPriceAboveOneWithABookOfOneToOnePointOneFive() {
    List<Double> overrounds = new ArrayList<>();
    List<BigDecimal> allPrices = new ArrayList<>();
    PriceWalk walk = new PriceWalk(SETTINGS, START);
    for (int i = 1; i <= 300; i++) {
      walk.tick(START.plus(STEP.multipliedBy(i)));
      for (FeedEvent event : walk.snapshot()) {
        for (FeedBookmaker book : event.bookmakers()) {
          for (FeedMarket market : book.markets()) {
            overrounds.add(overround(market));
            market.outcomes().forEach(o -> allPrices.add(o.price()));
          }
        }
      }
    }

    assertTrue(allPrices.stream().allMatch(p -> p.compareTo(BigDecimal.ONE) > 0));
    assertTrue(overrounds.stream().allMatch(o -> o >= 1.0 && o <= 1.15), overrounds.toString());
  }

  @Test
  void givesEachBookmakerAHeadToHeadBookNearItsOwnMargin() {
    // Margins spread evenly over 3 %..7%: worked by hand for four books, 3, 4.33, 5.67, 7 %.
    Map<String, List<Double>> byBook = new HashMap<>();
    PriceWalk walk = new PriceWalk(SETTINGS, START);
    for (int i = 1; i <= 100; i++) {
      walk.tick(START.plus(STEP.multipliedBy(i)));
      for (FeedEvent event : walk.snapshot()) {
        for (FeedBookmaker book : event.bookmakers()) {
          book.markets().stream()
              .filter(m -> m.type() == MarketType.H2H)
              .forEach(
                  m ->
                      byBook.computeIfAbsent(book.key(), k -> new ArrayList<>()).add(overround(m)));
        }
      }
    }
    Map<String, Double> margins =
        Map.of("sim_alpha", 0.03, "sim_beta", 0.0433, "sim_gamma", 0.0567, "sim_delta", 0.07);

    margins.forEach(
        (book, margin) -> {
          double mean = byBook.get(book).stream().mapToDouble(x -> x).average().orElseThrow();
          assertEquals(1 + margin, mean, 0.005, book);
        });
  }

  @Test
  void movesPricesOverManyTicks() {
    PriceWalk walk = new PriceWalk(SETTINGS, START);
    Map<String, List<BigDecimal>> before = prices(walk.snapshot());
    for (int i = 1; i <= 12; i++) {
      walk.tick(START.plus(Duration.ofMinutes(i)));
    }
    Map<String, List<BigDecimal>> after = prices(walk.snapshot());

    long moved =
        after.entrySet().stream()
            .filter(e -> before.containsKey(e.getKey()))
            .filter(e -> !before.get(e.getKey()).equals(e.getValue()))
            .count();
    assertTrue(moved > before.size() / 4, moved + " of " + before.size() + " moved");
  }

  @Test
  void reportsOnlyMarketsWhosePricesChangedAndAFewEventsPerTick() {
    PriceWalk walk = new PriceWalk(SETTINGS, START);
    Map<String, List<BigDecimal>> previous = prices(walk.snapshot());
    Set<String> known = walk.snapshot().stream().map(FeedEvent::id).collect(Collectors.toSet());
    int reported = 0;
    for (int i = 1; i <= 200; i++) {
      List<FeedEvent> changed = walk.tick(START.plus(Duration.ofMinutes(i)));
      reported += changed.size();
      for (FeedEvent event : changed) {
        if (!known.add(event.id())) {
          for (Map.Entry<String, List<BigDecimal>> market : prices(List.of(event)).entrySet()) {
            assertNotEquals(previous.get(market.getKey()), market.getValue(), market.getKey());
          }
        }
      }
      previous = prices(walk.snapshot());
    }

    double perTick = reported / 200.0;
    assertTrue(perTick >= 1 && perTick <= 6, "events per tick " + perTick);
  }

  @Test
  void finishesFixturesAndReplacesThemWithLaterOnes() {
    PriceWalk walk = new PriceWalk(SETTINGS, START);
    Set<String> opening = walk.snapshot().stream().map(FeedEvent::id).collect(Collectors.toSet());
    Set<String> finished = new HashSet<>();
    for (int i = 1; i <= 3 * 24 * 6; i++) {
      Instant now = START.plus(STEP.multipliedBy(i));
      Set<String> before = walk.snapshot().stream().map(FeedEvent::id).collect(Collectors.toSet());
      for (FeedEvent event : walk.tick(now)) {
        if (!before.contains(event.id())) {
          assertTrue(event.commenceTime().isAfter(now), "new fixture starts in the future");
        }
      }
      finished.addAll(walk.finishedInLastTick());
    }
    List<FeedEvent> board = walk.snapshot();

    assertTrue(finished.containsAll(opening), "every opening fixture finished within three days");
    assertTrue(board.stream().noneMatch(e -> opening.contains(e.id())));
    Map<String, Long> perSport =
        board.stream().collect(Collectors.groupingBy(FeedEvent::sportKey, Collectors.counting()));
    assertEquals(
        Map.of("soccer_epl", 6L, "basketball_nba", 6L, "tennis_atp_french_open", 6L), perSport);
  }

  @Test
  void keepsTheLineOfEveryTotalAndSpread() {
    Map<String, List<BigDecimal>> lines = new HashMap<>();
    run(
        SETTINGS,
        300,
        changed -> {
          for (FeedEvent event : changed) {
            for (FeedBookmaker book : event.bookmakers()) {
              for (FeedMarket market : book.markets()) {
                if (market.type().hasLine()) {
                  List<BigDecimal> points =
                      market.outcomes().stream().map(FeedOutcome::point).toList();
                  lines.putIfAbsent(event.id() + market.type(), points);
                  assertEquals(lines.get(event.id() + market.type()), points);
                }
              }
            }
          }
        });

    assertTrue(lines.size() > 10, "lines seen: " + lines.size());
  }

  @Test
  void opensTheMarketsEachSportIsKnownFor() {
    for (FeedEvent event : new PriceWalk(SETTINGS, START).snapshot()) {
      FeedBookmaker book = event.bookmakers().get(0);
      Map<MarketType, FeedMarket> markets =
          book.markets().stream().collect(Collectors.toMap(FeedMarket::type, m -> m));
      switch (event.sportKey()) {
        case "soccer_epl" -> {
          assertEquals(
              List.of(event.homeTeam(), event.awayTeam(), "Draw"),
              markets.get(MarketType.H2H).outcomes().stream().map(FeedOutcome::name).toList());
          markets
              .get(MarketType.TOTALS)
              .outcomes()
              .forEach(o -> assertEquals(new BigDecimal("2.5"), o.point()));
        }
        case "basketball_nba" -> {
          List<FeedOutcome> spread = markets.get(MarketType.SPREADS).outcomes();
          assertEquals(0, spread.get(0).point().add(spread.get(1).point()).signum());
          assertEquals(event.homeTeam(), spread.get(0).name());
        }
        default -> assertEquals(Set.of(MarketType.H2H), markets.keySet());
      }
    }
  }

  @Test
  void namesTwoDifferentPlausibleTeamsAndLetsNobodyPlayTwiceAtOnce() {
    for (FeedEvent event : new PriceWalk(SETTINGS, START).snapshot()) {
      assertNotEquals(event.homeTeam(), event.awayTeam());
      assertTrue(event.homeTeam().matches("[A-Z][a-z]+( [A-Z][a-z]+)+"), event.homeTeam());
      assertTrue(event.awayTeam().matches("[A-Z][a-z]+( [A-Z][a-z]+)+"), event.awayTeam());
    }
    Map<String, List<String>> playing = new HashMap<>();
    new PriceWalk(SETTINGS, START)
        .snapshot()
        .forEach(
            e ->
                playing
                    .computeIfAbsent(e.sportKey(), k -> new ArrayList<>())
                    .addAll(List.of(e.homeTeam(), e.awayTeam())));
    playing.values().forEach(teams -> assertEquals(teams.size(), new HashSet<>(teams).size()));
  }

  @Test
  void suspendsABookmakersMarketNowAndThen() {
    int suspended = 0;
    PriceWalk walk = new PriceWalk(SETTINGS, START);
    for (int i = 1; i <= 300; i++) {
      walk.tick(START.plus(Duration.ofMinutes(i)));
      for (FeedEvent event : walk.snapshot()) {
        int markets = event.sportKey().startsWith("tennis") ? 1 : 2;
        suspended +=
            SETTINGS.bookmakers().size() * markets
                - event.bookmakers().stream().mapToInt(b -> b.markets().size()).sum();
      }
    }

    assertTrue(suspended > 0);
  }

  @Test
  void refusesASportItCannotPrice() {
    SimulationSettings cricket =
        new SimulationSettings(List.of("cricket_test_match"), 2, List.of("sim_alpha"), 0.03, 1);

    assertThrows(IllegalArgumentException.class, () -> new PriceWalk(cricket, START));
  }
}

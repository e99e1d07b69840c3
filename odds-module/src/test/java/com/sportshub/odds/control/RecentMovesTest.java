package com.sportshub.odds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.odds.control.pricing.PricePoint;
import com.sportshub.odds.control.pricing.SteamDetector;
import com.sportshub.odds.control.pricing.SteamRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecentMovesTest {

  private static final Instant T0 = Instant.parse("2026-11-22T12:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(5);

  private static BigDecimal d(String price) {
    return new BigDecimal(price);
  }

  @Test
  void givesThePriceInForceWhenTheWindowOpenedAndTheLatestOne() {
    RecentMoves moves = new RecentMoves(WINDOW);
    moves.add("h2h", "Home", "bet365", null, d("2.00"), T0);
    moves.add("h2h", "Home", "bet365", d("2.00"), d("1.95"), T0.plusSeconds(60));
    moves.add("h2h", "Home", "bet365", d("1.95"), d("1.92"), T0.plusSeconds(200));
    moves.add("h2h", "Home", "bet365", d("1.92"), d("1.90"), T0.plusSeconds(400));

    List<PricePoint> points = moves.of("h2h", "Home", T0.plusSeconds(420));

    // The window opened at +120 s: 1.95 (set at +60 s) was in force then; 2.00 is gone, and 1.92
    // in between cannot change the move steam measures.
    assertEquals(List.of(d("1.95"), d("1.90")), points.stream().map(PricePoint::decimal).toList());
  }

  @Test
  void steamOnThePointsGivenIsSteamOnEveryPointOfTheWindow() {
    SteamDetector detector = new SteamDetector(new SteamRule(3, WINDOW, 3));
    Random random = new Random(42);
    RecentMoves moves = new RecentMoves(WINDOW);
    List<PricePoint> every = new ArrayList<>();
    String[] bookmakers = {"a", "b", "c", "d", "e"};
    double[] prices = {2.0, 2.0, 2.0, 2.0, 2.0};
    int steamSeen = 0;
    for (int second = 0; second < 1800; second++) {
      Instant now = T0.plusSeconds(second);
      int b = random.nextInt(bookmakers.length);
      // A drift now and then, so that steam comes and goes both ways.
      double trend = (second / 300) % 2 == 0 ? -0.004 : 0.004;
      double next = Math.max(1.01, prices[b] + trend + (random.nextDouble() - 0.5) * 0.01);
      BigDecimal price = BigDecimal.valueOf(next).setScale(2, RoundingMode.HALF_UP);
      moves.add("h2h", "Home", bookmakers[b], null, price, now);
      every.add(new PricePoint(bookmakers[b], now, price));
      prices[b] = next;

      var fromAll = detector.detect(every, now);
      assertEquals(fromAll, detector.detect(moves.of("h2h", "Home", now), now), "at " + second);
      steamSeen += fromAll.isPresent() ? 1 : 0;
    }
    assertTrue(steamSeen > 0, "the series never steamed: the comparison proved little");
  }

  @Test
  void theFirstMoveOfAKeyBringsThePriceItReplacedAsTheWindowsStart() {
    RecentMoves moves = new RecentMoves(WINDOW);

    moves.add("h2h", "Home", "bet365", d("2.10"), d("1.90"), T0);

    List<PricePoint> points = moves.of("h2h", "Home", T0);
    assertEquals(2, points.size());
    assertEquals(d("2.10"), points.get(0).decimal());
    assertEquals(T0.minus(WINDOW), points.get(0).at());
  }

  @Test
  void outcomesAreKeptApart() {
    RecentMoves moves = new RecentMoves(WINDOW);
    moves.add("h2h", "Home", "bet365", null, d("2.00"), T0);
    moves.add("h2h", "Away", "bet365", null, d("3.00"), T0);
    moves.add("totals", "Home", "bet365", null, d("1.90"), T0);

    assertEquals(1, moves.of("h2h", "Home", T0).size());
  }

  @Test
  void anEventIsIdleOnceAWholeWindowPassedWithoutMoves() {
    RecentMoves moves = new RecentMoves(WINDOW);
    moves.add("h2h", "Home", "bet365", null, d("2.00"), T0);

    assertFalse(moves.idleSince(T0.minusSeconds(1)));
    assertTrue(moves.idleSince(T0.plusSeconds(1)));
  }
}

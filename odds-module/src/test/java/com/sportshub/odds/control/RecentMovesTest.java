package com.sportshub.odds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.odds.control.pricing.PricePoint;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentMovesTest {

  private static final Instant T0 = Instant.parse("2026-11-22T12:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(5);

  private static BigDecimal d(String price) {
    return new BigDecimal(price);
  }

  @Test
  void keepsThePriceInForceWhenTheWindowOpenedAndEveryMoveAfter() {
    RecentMoves moves = new RecentMoves(WINDOW);
    moves.add("h2h", "Home", "bet365", null, d("2.00"), T0);
    moves.add("h2h", "Home", "bet365", d("2.00"), d("1.95"), T0.plusSeconds(60));
    moves.add("h2h", "Home", "bet365", d("1.95"), d("1.90"), T0.plusSeconds(400));

    List<PricePoint> points = moves.of("h2h", "Home", T0.plusSeconds(420));

    // The window opened at +120 s: 1.95 (set at +60 s) was in force then; 2.00 is gone.
    assertEquals(List.of(d("1.95"), d("1.90")), points.stream().map(PricePoint::decimal).toList());
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

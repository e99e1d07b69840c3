package com.sportshub.odds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.odds.entity.FeedBookmaker;
import com.sportshub.odds.entity.FeedMarket;
import com.sportshub.odds.entity.FeedOutcome;
import com.sportshub.odds.entity.MarketType;
import com.sportshub.odds.entity.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookMergeTest {

  private static final Instant T0 = Instant.parse("2026-11-22T12:00:00Z");

  private static FeedBookmaker bet365(Instant at, String home, String away) {
    return new FeedBookmaker(
        "bet365",
        "Bet365",
        at,
        List.of(
            new FeedMarket(
                MarketType.H2H,
                null,
                List.of(
                    new FeedOutcome("Home", new BigDecimal(home), null),
                    new FeedOutcome("Away", new BigDecimal(away), null)))));
  }

  private static List<Price> bookAfter(FeedBookmaker quotes) {
    BookMerge first = new BookMerge("soccer_epl", "e1", List.of());
    first.apply(quotes, T0);
    return first.book();
  }

  @Test
  void newPricesAreAddedAndCountAsMoved() {
    BookMerge merge = new BookMerge("soccer_epl", "e1", List.of());

    merge.apply(bet365(T0, "1.80", "2.05"), T0);

    assertEquals(2, merge.added().size());
    assertEquals(2, merge.moved().size());
  }

  @Test
  void aRepeatedQuoteMovesNothing() {
    BookMerge merge = new BookMerge("soccer_epl", "e1", bookAfter(bet365(T0, "1.80", "2.05")));

    merge.apply(bet365(T0.plusSeconds(5), "1.80", "2.050"), T0.plusSeconds(5));

    assertTrue(merge.moved().isEmpty(), "2.05 and 2.050 are the same price");
    assertTrue(merge.added().isEmpty());
  }

  @Test
  void onlyThePriceThatMovedIsReported() {
    BookMerge merge = new BookMerge("soccer_epl", "e1", bookAfter(bet365(T0, "1.80", "2.05")));

    merge.apply(bet365(T0.plusSeconds(5), "1.75", "2.05"), T0.plusSeconds(5));

    assertEquals(1, merge.moved().size());
    Price moved = merge.moved().get(0);
    assertEquals("Home", moved.outcome());
    assertEquals(0, new BigDecimal("1.75").compareTo(moved.decimal()));
    assertEquals(0, new BigDecimal("1.80").compareTo(moved.previous()));
  }

  @Test
  void aQuoteOlderThanThePriceHeldIsIgnored() {
    BookMerge merge = new BookMerge("soccer_epl", "e1", bookAfter(bet365(T0, "1.80", "2.05")));

    merge.apply(bet365(T0.minusSeconds(1), "1.50", "2.60"), T0.plusSeconds(5));

    assertTrue(merge.moved().isEmpty());
    assertEquals(
        0,
        new BigDecimal("1.80")
            .compareTo(
                merge.book().stream()
                    .filter(p -> p.outcome().equals("Home"))
                    .findFirst()
                    .orElseThrow()
                    .decimal()));
  }

  @Test
  void aMovedLineIsAChangeEvenAtTheSamePrice() {
    FeedBookmaker at25 = totals(T0, "2.5");
    BookMerge merge = new BookMerge("soccer_epl", "e1", bookAfter(at25));

    merge.apply(totals(T0.plusSeconds(1), "3.0"), T0.plusSeconds(1));

    assertEquals(2, merge.moved().size());
    assertEquals(0, new BigDecimal("3.0").compareTo(merge.moved().get(0).point()));
  }

  private static FeedBookmaker totals(Instant at, String point) {
    BigDecimal line = new BigDecimal(point);
    return new FeedBookmaker(
        "bet365",
        "Bet365",
        at,
        List.of(
            new FeedMarket(
                MarketType.TOTALS,
                at,
                List.of(
                    new FeedOutcome("Over", new BigDecimal("1.90"), line),
                    new FeedOutcome("Under", new BigDecimal("1.90"), line)))));
  }
}

package com.sportshub.odds.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OddsJsonTest {

  private static final Instant T = Instant.parse("2026-11-22T12:00:00Z");

  private static final EventView DERBY =
      new EventView(
          "e1",
          "soccer_epl",
          "Saint-\u00c9tienne \"B\"",
          "Away\\Side",
          T.plusSeconds(3600),
          "upcoming");

  @Test
  void aDeltaIsWrittenInTheDocumentedShapeWithNullsAndPlainNumbers() {
    PriceView moved =
        new PriceView(
            "h2h", null, "Home", "book1", new BigDecimal("2.5000"), new BigDecimal("2.40"), T);
    PriceView line =
        new PriceView(
            "totals", new BigDecimal("2.50"), "Over", "book2", new BigDecimal("1E+1"), null, T);
    ConsensusPrice home =
        new ConsensusPrice(
            "Home",
            new BigDecimal("2.5000"),
            List.of("book1", "book3"),
            new BigDecimal("2.4500"),
            null,
            new BigDecimal("2.61"),
            3,
            "shortening");
    ConsensusPrice away = new ConsensusPrice("Away", null, List.of(), null, null, null, 0, null);
    MarketConsensus h2h =
        new MarketConsensus("h2h", null, true, new BigDecimal("0.9800"), List.of(home, away));

    String json =
        OddsJson.of(
            "soccer_epl",
            List.of(new OddsJson.EventPart(DERBY, List.of(moved, line), List.of(h2h))));

    assertEquals(
        "{\"sportKey\":\"soccer_epl\",\"events\":[{\"key\":\"e1\",\"eventId\":\"e1\","
            + "\"homeTeam\":\"Saint-\u00c9tienne \\\"B\\\"\",\"awayTeam\":\"Away\\\\Side\","
            + "\"commenceTime\":\"2026-11-22T13:00:00Z\",\"status\":\"upcoming\",\"prices\":["
            + "{\"key\":\"h2h/Home/book1\",\"market\":\"h2h\",\"outcome\":\"Home\",\"bookmaker\":\"book1\","
            + "\"price\":2.5,\"point\":null,\"previous\":2.4,\"lastUpdate\":\"2026-11-22T12:00:00Z\"},"
            + "{\"key\":\"totals/Over/book2\",\"market\":\"totals\",\"outcome\":\"Over\",\"bookmaker\":\"book2\","
            + "\"price\":10,\"point\":2.5,\"lastUpdate\":\"2026-11-22T12:00:00Z\"}],"
            + "\"consensus\":[{\"key\":\"h2h\",\"market\":\"h2h\",\"point\":null,\"arbitrage\":true,"
            + "\"bestBookSum\":0.98,\"outcomes\":["
            + "{\"key\":\"Home\",\"outcome\":\"Home\",\"best\":2.5,\"bestAt\":[\"book1\",\"book3\"],"
            + "\"average\":2.45,\"median\":null,\"fair\":2.61,\"bookmakers\":3,\"steam\":\"shortening\"},"
            + "{\"key\":\"Away\",\"outcome\":\"Away\",\"best\":null,\"bestAt\":[],\"average\":null,"
            + "\"median\":null,\"fair\":null,\"bookmakers\":0,\"steam\":null}]}]}]}",
        json);
  }

  @Test
  void aSnapshotHoldsEveryEventInTheOrderGiven() {
    EventView other = new EventView("e2", "soccer_epl", "C", "D", T, "live");
    String json =
        OddsJson.of(
            "soccer_epl",
            List.of(
                new OddsJson.EventPart(DERBY, List.of(), List.of()),
                new OddsJson.EventPart(other, List.of(), List.of())));

    assertEquals(
        "{\"sportKey\":\"soccer_epl\",\"events\":[{\"key\":\"e1\",\"eventId\":\"e1\","
            + "\"homeTeam\":\"Saint-\u00c9tienne \\\"B\\\"\",\"awayTeam\":\"Away\\\\Side\","
            + "\"commenceTime\":\"2026-11-22T13:00:00Z\",\"status\":\"upcoming\",\"prices\":[],"
            + "\"consensus\":[]},{\"key\":\"e2\",\"eventId\":\"e2\",\"homeTeam\":\"C\",\"awayTeam\":\"D\","
            + "\"commenceTime\":\"2026-11-22T12:00:00Z\",\"status\":\"live\",\"prices\":[],"
            + "\"consensus\":[]}]}",
        json);
  }
}

package com.sportshub.odds.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
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

  private static final PriceView MOVED =
      new PriceView(
          "h2h", null, "Home", "book1", new BigDecimal("2.5000"), new BigDecimal("2.40"), T);
  private static final PriceView LINE =
      new PriceView(
          "totals", new BigDecimal("2.50"), "Over", "book2", new BigDecimal("1E+1"), null, T);
  private static final ConsensusPrice HOME =
      new ConsensusPrice(
          "Home",
          new BigDecimal("2.5000"),
          List.of("book1", "book3"),
          new BigDecimal("2.4500"),
          null,
          new BigDecimal("2.61"),
          3,
          "shortening");
  private static final ConsensusPrice AWAY =
      new ConsensusPrice("Away", null, List.of(), null, null, null, 0, null);
  private static final MarketConsensus H2H =
      new MarketConsensus("h2h", null, true, new BigDecimal("0.9800"), List.of(HOME, AWAY));

  @Test
  void aDeltaIsWrittenInTheDocumentedShapeWithNullsAndPlainNumbers() {
    String json =
        OddsJson.of(
            "soccer_epl",
            List.of(new OddsJson.EventPart(DERBY, List.of(MOVED, LINE), List.of(H2H))));

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

  @Test
  void restAndTheSocketSnapshotWriteTheSameEventButForTheSocketsKeysAndPreviousPrices() {
    JsonObject socket =
        JSON.createReader(
                new StringReader(
                    OddsJson.of(
                        "soccer_epl",
                        List.of(
                            new OddsJson.EventPart(DERBY, List.of(MOVED, LINE), List.of(H2H))))))
            .readObject();
    JsonObjectBuilder expected = JSON.createObjectBuilder();
    withoutSocketOnly(socket.getJsonArray("events").getJsonObject(0))
        .asJsonObject()
        .forEach(
            (name, value) -> {
              expected.add(name, value);
              if (name.equals("eventId")) {
                expected.add("sportKey", "soccer_epl"); // REST names it in the event itself
              }
            });

    JsonObject rest =
        OddsJson.event(new EventBook(DERBY, List.of(MOVED, LINE), List.of(H2H)), DECIMAL);

    assertEquals(expected.build(), rest);
  }

  @Test
  void restShowsPricesInTheAskedFormat() {
    JsonObject rest = OddsJson.event(new EventBook(DERBY, List.of(MOVED), List.of(H2H)), AS_TEXT);

    assertEquals("~2.5000", rest.getJsonArray("prices").getJsonObject(0).getString("price"));
    JsonObject home =
        rest.getJsonArray("consensus").getJsonObject(0).getJsonArray("outcomes").getJsonObject(0);
    assertEquals("~2.4500", home.getString("average"));
    assertEquals(JsonValue.NULL, home.get("median"));
  }

  private static final JsonProvider JSON = JsonProvider.provider();

  private static final PriceShown DECIMAL = shown(true);

  private static final PriceShown AS_TEXT = shown(false);

  private static PriceShown shown(boolean decimal) {
    return new PriceShown() {
      @Override
      public boolean decimal() {
        return decimal;
      }

      @Override
      public String show(BigDecimal price) {
        return "~" + price.toPlainString();
      }
    };
  }

  /**
   * Leaves out what only the socket writes: keys to merge deltas by, and where a price came from.
   */
  private static JsonValue withoutSocketOnly(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        value
            .asJsonObject()
            .forEach(
                (name, member) -> {
                  if (!name.equals("key") && !name.equals("previous")) {
                    o.add(name, withoutSocketOnly(member));
                  }
                });
        yield o.build();
      }
      case ARRAY -> {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        value.asJsonArray().forEach(element -> a.add(withoutSocketOnly(element)));
        yield a.build();
      }
      default -> value;
    };
  }
}

package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fixed odds in any notation, shown in any; prices on a race's channel conflated to one update a
 * second with the latest winning; tote pools with their approximate dividends.
 */
@ExtendWith(HubNode.class)
class RacingOddsIT {

  private static final String[] LADDER = {"6/1", "11/2", "5/1", "9/2", "4/1", "7/2", "10/3", "3/1"};

  @Test
  void pricesComeConflatedAtMostOnceASecondAndTheLatestWins(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(3);
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribe("race:" + raceId);

      long wrote = System.nanoTime();
      for (String price : LADDER) {
        RacingDesk.ok(200, desk.price(raceId, 1, price, 2, "9/4"));
      }
      RacingDesk.ok(200, desk.price(raceId, 3, "8/1"));

      List<JsonObject> updates = new ArrayList<>();
      List<Long> arrivals = new ArrayList<>();
      while (!client.quietFor(2_500)) {
        updates.add(client.next("update"));
        arrivals.add(System.nanoTime() / 1_000_000);
      }
      // The hub sends at most one update a second; the broker hop in between may shorten a gap
      // by a little at the client, never by hundreds of milliseconds.
      long seconds = (arrivals.get(arrivals.size() - 1) - wrote / 1_000_000) / 1_000 + 1;
      assertTrue(updates.size() >= 2 && updates.size() <= seconds + 1, updates.size() + " updates");
      for (int i = 1; i < arrivals.size(); i++) {
        long gap = arrivals.get(i) - arrivals.get(i - 1);
        assertTrue(gap >= 700, "updates " + gap + " ms apart");
      }
      assertTrue(updates.stream().anyMatch(u -> u.getBoolean("conflated", false)));
      // A client applying the updates in order ends with the latest price of every runner.
      java.util.Map<Integer, String> held = new java.util.TreeMap<>();
      for (JsonObject update : updates) {
        assertEquals("odds_update", update.getString("event"));
        update
            .getJsonObject("data")
            .getJsonArray("runners")
            .getValuesAs(JsonObject.class)
            .forEach(r -> held.put(r.getInt("cloth"), r.getString("fractional")));
      }
      assertEquals(java.util.Map.of(1, "3/1", 2, "9/4", 3, "8/1"), held);
      assertEquals(
          "3/1",
          runner(desk.card(raceId, "fractional").getJsonArray("runners"), 1).getString("price"));
    }
  }

  @Test
  void aPriceInAnyNotationIsShownInEvery(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(3);
    // "+150" is American (2.5), "5/2" fractional (3.5), "3.75" decimal (11/4).
    RacingDesk.ok(200, desk.price(raceId, 1, "+150", 2, "5/2", 3, "3.75"));

    assertEquals(List.of("2.5", "3.5", "3.75"), prices(desk, raceId, "decimal"));
    assertEquals(List.of("6/4", "5/2", "11/4"), prices(desk, raceId, "fractional"));
    assertEquals(List.of("+150", "+250", "+275"), prices(desk, raceId, "american"));
  }

  @Test
  void aRunnersPriceHistoryKeepsEveryQuoteAsItCame(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(2);
    RacingDesk.ok(200, desk.price(raceId, 1, "5/1"));
    RacingDesk.ok(200, desk.price(raceId, 1, "9/2"));
    RacingDesk.ok(200, desk.price(raceId, 1, "+400"));

    Api.Response history =
        desk.api().get("/api/racing/races/" + raceId + "/runners/1/prices?format=fractional");

    RacingDesk.ok(200, history);
    List<JsonObject> points = history.json().asJsonArray().getValuesAs(JsonObject.class);
    assertEquals(
        List.of("5/1", "9/2", "4/1"), points.stream().map(p -> p.getString("price")).toList());
    assertEquals("+400", points.get(2).getString("quoted"));
    assertEquals("9/2", points.get(2).getString("previous"));
  }

  @Test
  void aWinPoolShowsTheDividendEachRunnerWouldPay(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(3);

    Api.Response pools =
        desk.api().post("/api/racing/races/" + raceId + "/pools/win", RacingDesk.PUBLISHER, "{}");
    assertEquals(405, pools.status(), "pools are replaced whole with PUT");
    RacingDesk.ok(
        200,
        desk.pool(raceId, "win", "{\"total\":1000,\"stakes\":{\"1\":400,\"2\":100,\"3\":500}}"));

    // Worked by hand, Tote UK with its published 19.25% win deduction: 1,000 x 0.8075 = 807.50
    // net; 807.50/400 = 2.018 -> 2.00, 807.50/100 = 8.075 -> 8.00, 807.50/500 = 1.615 -> 1.60
    // (rounded down to 10p).
    JsonArray dividends =
        desk.card(raceId, "decimal")
            .getJsonArray("pools")
            .getJsonObject(0)
            .getJsonArray("dividends");
    assertEquals(
        List.of("2", "8", "1.6"),
        dividends.getValuesAs(JsonObject.class).stream()
            .map(
                d ->
                    d.getJsonNumber("dividend")
                        .bigDecimalValue()
                        .stripTrailingZeros()
                        .toPlainString())
            .toList());
  }

  private static List<String> prices(RacingDesk desk, String raceId, String format)
      throws Exception {
    return desk.card(raceId, format).getJsonArray("runners").getValuesAs(JsonObject.class).stream()
        .map(
            r ->
                r.get("price") instanceof jakarta.json.JsonNumber n
                    ? n.bigDecimalValue().stripTrailingZeros().toPlainString()
                    : r.getString("price"))
        .toList();
  }

  static JsonObject runner(JsonArray runners, int cloth) {
    return runners.getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getInt("cloth") == cloth)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no runner " + cloth + " in " + runners));
  }

  static BigDecimal number(JsonObject o, String name) {
    return o.getJsonNumber(name).bigDecimalValue();
  }
}

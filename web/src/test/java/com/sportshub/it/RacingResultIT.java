package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A result is declared, amended after a stewards' enquiry and republished, weighed in with its
 * dividends, and never amended after; dead heats share their places.
 */
@ExtendWith(HubNode.class)
class RacingResultIT {

  @Test
  void anAmendedResultIsRepublishedAndWeighedInAsAmended(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(3);
    RacingDesk.ok(200, desk.price(raceId, 1, "2/1", 2, "3/1", 3, "4/1"));
    RacingDesk.ok(
        200,
        desk.pool(raceId, "win", "{\"total\":1000,\"stakes\":{\"1\":400,\"2\":100,\"3\":500}}"));
    desk.moveThrough(
        raceId, "PARADING", "GOING_DOWN", "AT_THE_POST", "UNDER_ORDERS", "OFF", "FINISHED");
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribe("race:" + raceId);

      RacingDesk.ok(200, desk.declare(raceId, 1, 2, 3));
      desk.moveThrough(raceId, "RESULT", "STEWARDS_ENQUIRY");
      RacingDesk.ok(200, desk.declare(raceId, 2, 1, 3));

      JsonObject first = result(client);
      assertEquals(1, first.getInt("version"));
      assertFalse(first.getBoolean("amended"));
      JsonObject amended = result(client);
      assertEquals(2, amended.getInt("version"));
      assertTrue(amended.getBoolean("amended"));
      assertTrue(amended.getBoolean("enquiry"));
      assertEquals(2, amended.getJsonArray("placings").getJsonObject(0).getInt("cloth"));
    }
    desk.moveThrough(raceId, "RESULT", "WEIGHED_IN");

    JsonObject official = desk.card(raceId, "decimal").getJsonObject("result");
    assertTrue(official.getBoolean("official"));
    assertTrue(official.getBoolean("amended"));
    // Worked by hand, Tote UK, 19.25% win deduction: 807.50 net / 100 on runner 2 = 8.075 -> 8.00.
    JsonObject winner = official.getJsonArray("placings").getJsonObject(0);
    assertEquals(
        0, new BigDecimal("8.0").compareTo(winner.getJsonNumber("winDividend").bigDecimalValue()));
    assertEquals(
        0, new BigDecimal("4").compareTo(winner.getJsonNumber("startingPrice").bigDecimalValue()));

    Api.Response late = desk.declare(raceId, 1, 2, 3);
    assertEquals(409, late.status(), late.body());
    assertEquals(
        2,
        desk.api()
            .get("/api/racing/races/" + raceId + "/result")
            .json()
            .asJsonObject()
            .getJsonObject("result")
            .getJsonArray("placings")
            .getJsonObject(0)
            .getInt("cloth"));
  }

  @Test
  void deadHeatsShareTheirPlacesOnTheCardAndInTheDividends(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(desk.meeting(), 1, 8, "");
    RacingDesk.ok(
        200,
        desk.pool(
            raceId,
            "win",
            "{\"total\":1000,\"stakes\":{\"1\":200,\"2\":100,\"3\":300,\"4\":400}}"));
    RacingDesk.ok(
        200,
        desk.pool(
            raceId,
            "place",
            "{\"total\":1000,\"stakes\":{\"1\":100,\"2\":200,\"3\":100,\"4\":50," + "\"5\":550}}"));
    desk.moveThrough(
        raceId, "PARADING", "GOING_DOWN", "AT_THE_POST", "UNDER_ORDERS", "OFF", "FINISHED");
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribe("race:" + raceId);

      // A dead heat for first (1 and 2) and one for third (3 and 4); 8 runners pay 3 places.
      RacingDesk.ok(
          200,
          desk.post(
              "/api/racing/races/" + raceId + "/result",
              "{\"placings\":[{\"cloth\":1,\"position\":1},{\"cloth\":2,\"position\":1},"
                  + "{\"cloth\":3,\"position\":3},{\"cloth\":4,\"position\":3},"
                  + "{\"cloth\":5}]}"));

      JsonObject announced = result(client);
      assertEquals(
          List.of(1, 1, 3, 3, 5),
          announced.getJsonArray("placings").getValuesAs(JsonObject.class).stream()
              .map(p -> p.getInt("position"))
              .toList());
      assertEquals(
          2,
          announced
              .getJsonArray("placings")
              .getJsonObject(0)
              .getJsonObject("deadHeat")
              .getInt("sharing"));
    }
    desk.moveThrough(raceId, "RESULT", "WEIGHED_IN");

    // Worked by hand. Win, Tote UK 19.25%: 807.50 net in two parts of 403.75: cloth 1 / 200 =
    // 2.018 -> 2.00, cloth 2 / 100 = 4.0375 -> 4.00. Place, 20%: 800 net, 266.67 a place; 1 and 2
    // hold first and second between them (a whole place each), 3 and 4 half of third each (133.33):
    // cloth 1 266.67 / 100 -> 2.60, cloth 2 / 200 -> 1.30, cloth 3 133.33 / 100 -> 1.30, cloth 4
    // / 50 -> 2.60; cloth 5 is unplaced. Fixed odds: 1 and 2 win on half the stake, place on all
    // of it; 3 and 4 place on half.
    List<JsonObject> placings =
        desk.card(raceId, "decimal")
            .getJsonObject("result")
            .getJsonArray("placings")
            .getValuesAs(JsonObject.class);
    assertDividends(placings.get(0), "2.00", "2.60");
    assertDividends(placings.get(1), "4.00", "1.30");
    assertDividends(placings.get(2), null, "1.30");
    assertDividends(placings.get(3), null, "2.60");
    assertDividends(placings.get(4), null, null);
    assertEquals("1/2", placings.get(0).getJsonObject("deadHeat").getString("winStake"));
    assertEquals("1", placings.get(0).getJsonObject("deadHeat").getString("placeStake"));
    assertTrue(placings.get(2).getJsonObject("deadHeat").isNull("winStake"));
    assertEquals("1/2", placings.get(3).getJsonObject("deadHeat").getString("placeStake"));
    assertTrue(placings.get(4).isNull("deadHeat"));
    JsonObject winPool =
        desk.card(raceId, "decimal").getJsonArray("pools").getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("pool").equals("WIN"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(1, 2),
        winPool.getJsonArray("dividends").getValuesAs(JsonObject.class).stream()
            .map(d -> d.getInt("cloth"))
            .toList(),
        "the win pool pays the dead-heaters, not every runner as if it had won alone");
  }

  private static void assertDividends(JsonObject placing, String win, String place) {
    assertAmount(win, placing, "winDividend");
    assertAmount(place, placing, "placeDividend");
  }

  private static void assertAmount(String expected, JsonObject placing, String name) {
    if (expected == null) {
      assertTrue(placing.isNull(name), placing.toString());
    } else {
      assertEquals(
          0,
          new BigDecimal(expected).compareTo(placing.getJsonNumber(name).bigDecimalValue()),
          name + " of " + placing);
    }
  }

  @Test
  void aResultBeforeTheRaceHasFinishedIsAConflict(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(3);
    desk.moveThrough(raceId, "PARADING", "GOING_DOWN", "AT_THE_POST", "UNDER_ORDERS", "OFF");

    Api.Response early = desk.declare(raceId, 1, 2, 3);
    Api.Response noResult = desk.move(raceId, "FINISHED");
    Api.Response announced = desk.move(raceId, "RESULT");

    assertEquals(409, early.status(), early.body());
    assertEquals(200, noResult.status(), noResult.body());
    assertEquals(409, announced.status(), "no result to announce: " + announced.body());
  }

  /** The next result declared on the race's channel. */
  private static JsonObject result(WsClient client) throws Exception {
    return client
        .nextMatching(m -> "result".equals(m.getJsonObject("data").getString("change", "")))
        .getJsonObject("data")
        .getJsonObject("result");
  }
}

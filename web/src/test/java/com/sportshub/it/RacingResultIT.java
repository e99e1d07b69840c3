package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A result is declared, amended after a stewards' enquiry and republished, weighed in with its
 * dividends, and never amended after.
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
        desk.api()
            .put(
                "/api/racing/races/" + raceId + "/pools/win",
                RacingDesk.PUBLISHER,
                "{\"total\":1000,\"stakes\":{\"1\":400,\"2\":100,\"3\":500}}"));
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

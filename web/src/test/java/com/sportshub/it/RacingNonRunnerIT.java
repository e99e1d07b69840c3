package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A withdrawn runner reaches subscribers with its Rule 4 deduction and reduction factor, the race's
 * totals and the places it now pays.
 */
@ExtendWith(HubNode.class)
class RacingNonRunnerIT {

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " but " + actual);
  }

  @Test
  void aNonRunnerCarriesItsDeductionToSubscribersAndTheCard(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(4);
    // Decimal 2.0, 4.0, 5.0 and 20.0: a book of 0.5 + 0.25 + 0.2 + 0.05 = 1.0 exactly.
    RacingDesk.ok(200, desk.price(raceId, 1, "evens", 2, "3/1", 3, "4/1", 4, "19/1"));
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribe("race:" + raceId);

      RacingDesk.ok(200, desk.withdraw(raceId, 2));

      // Tattersalls' Rule 4(c): 3/1 is "over 9/4 up to 3/1", 25p; its share of a 100% book is
      // 0.25 / 1.0 = 25.00% (worked by hand).
      JsonObject update = client.next("update");
      assertEquals("race_status", update.getString("event"));
      JsonObject data = update.getJsonObject("data");
      assertEquals("non_runner", data.getString("change"));
      JsonObject nonRunner = data.getJsonObject("nonRunner");
      assertEquals(2, nonRunner.getInt("cloth"));
      assertAmount("4", RacingOddsIT.number(nonRunner, "price"));
      assertAmount("0.25", RacingOddsIT.number(nonRunner, "ruleFour"));
      assertAmount("25", RacingOddsIT.number(nonRunner, "reductionFactor"));
      assertAmount("0.25", RacingOddsIT.number(data.getJsonObject("deductions"), "ruleFour"));
      assertAmount("25", RacingOddsIT.number(data.getJsonObject("deductions"), "reduction"));
      assertEquals(
          "NON_RUNNER", RacingOddsIT.runner(data.getJsonArray("runners"), 2).getString("status"));
    }
  }

  @Test
  void aSecondNonRunnerAddsToTheDeductions(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(4);
    RacingDesk.ok(200, desk.price(raceId, 1, "evens", 2, "3/1", 3, "4/1", 4, "19/1"));
    RacingDesk.ok(200, desk.withdraw(raceId, 2));

    RacingDesk.ok(200, desk.withdraw(raceId, 3));

    // Worked by hand: 4/1 (5.0) is 20p, so 25p + 20p = 45p. The field left when it came out was
    // 2.0, 5.0, 20.0, a book of 0.75: its factor is 0.2 / 0.75 = 26.67%, so 25 + 26.67 = 51.67%.
    JsonObject card = desk.card(raceId, "decimal");
    JsonObject third = RacingOddsIT.runner(card.getJsonArray("runners"), 3);
    assertAmount(
        "26.67", RacingOddsIT.number(third.getJsonObject("withdrawal"), "reductionFactor"));
    assertAmount("0.45", RacingOddsIT.number(card.getJsonObject("deductions"), "ruleFour"));
    assertAmount("51.67", RacingOddsIT.number(card.getJsonObject("deductions"), "reduction"));
  }

  @Test
  void aNonRunnerTakesNoMorePricesAndCannotBeWithdrawnTwice(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(3);
    RacingDesk.ok(200, desk.withdraw(raceId, 3));

    Api.Response price = desk.price(raceId, 3, "5/1");
    Api.Response again = desk.withdraw(raceId, 3);

    assertEquals(400, price.status(), price.body());
    assertEquals("prices[0].cloth", price.json().asJsonObject().getString("field"));
    assertEquals(409, again.status(), again.body());
  }

  @Test
  void aNonRunnerTakingEightRunnersToSevenCostsAPlaceOnTheCardAndInThePool(PayaraMicro hub)
      throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(desk.meeting(), 1, 8, "");
    RacingDesk.ok(
        200,
        desk.pool(
            raceId,
            "place",
            "{\"total\":1000,\"stakes\":{\"1\":100,\"2\":100,\"3\":100,\"4\":100,"
                + "\"5\":100,\"6\":100,\"7\":100,\"8\":300}}"));
    JsonObject before = desk.card(raceId, "decimal");
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribe("race:" + raceId);

      RacingDesk.ok(200, desk.withdraw(raceId, 8));

      JsonObject data = client.next("update").getJsonObject("data");
      assertEquals("non_runner", data.getString("change"));
      assertEquals(2, data.getInt("placesPaid"), "7 runners pay 2 places");
    }
    assertEquals(3, before.getInt("placesPaid"), "8 runners pay 3 places");
    assertTrue(before.isNull("placesFixedBy"));
    assertEquals(2, desk.card(raceId, "decimal").getInt("placesPaid"));

    desk.moveThrough(
        raceId, "PARADING", "GOING_DOWN", "AT_THE_POST", "UNDER_ORDERS", "OFF", "FINISHED");
    RacingDesk.ok(200, desk.declare(raceId, 1, 2, 3, 4, 5, 6, 7));
    desk.moveThrough(raceId, "RESULT", "WEIGHED_IN");

    // Worked by hand, Tote UK place pool (20%): 1,000 less the 300 refunded on the non-runner =
    // 700, 560 net, 2 places of 280: 280 / 100 = 2.80 each; the third pays nothing. Had 3 places
    // stood: 186.67 / 100 = 1.86 -> 1.80 each, the third included.
    JsonArray placings =
        desk.card(raceId, "decimal").getJsonObject("result").getJsonArray("placings");
    assertAmount("2.80", RacingOddsIT.number(placings.getJsonObject(0), "placeDividend"));
    assertAmount("2.80", RacingOddsIT.number(placings.getJsonObject(1), "placeDividend"));
    assertTrue(placings.getJsonObject(2).isNull("placeDividend"));
  }

  @Test
  void aPublisherFixesThePlacesBeforeTheOffAndSubscribersAreTold(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(desk.meeting(), 1, 8, "");
    String path = "/api/racing/races/" + raceId + "/places";

    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribe("race:" + raceId);

      RacingDesk.ok(200, desk.api().put(path, RacingDesk.PUBLISHER, "{\"placesPaid\":4}"));

      JsonObject data = client.next("update").getJsonObject("data");
      assertEquals("places", data.getString("change"));
      assertEquals(4, data.getInt("placesPaid"));
      assertEquals("racing-desk", data.getString("placesFixedBy"));
    }
    assertEquals(4, desk.card(raceId, "decimal").getInt("placesPaid"));

    RacingDesk.ok(200, desk.api().put(path, RacingDesk.PUBLISHER, "{\"placesPaid\":null}"));
    JsonObject freed = desk.card(raceId, "decimal");
    assertEquals(3, freed.getInt("placesPaid"), "8 runners pay 3 again");
    assertTrue(freed.isNull("placesFixedBy"));

    Api.Response six = desk.api().put(path, RacingDesk.PUBLISHER, "{\"placesPaid\":6}");
    assertEquals(400, six.status(), six.body());
    desk.moveThrough(raceId, "PARADING", "GOING_DOWN", "AT_THE_POST", "UNDER_ORDERS", "OFF");
    Api.Response late = desk.api().put(path, RacingDesk.PUBLISHER, "{\"placesPaid\":2}");
    assertEquals(409, late.status(), late.body());
  }

  @Test
  void placesAPublisherFixedStandAndSayWhoFixedThem(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(4);

    RacingDesk.ok(200, desk.withdraw(raceId, 4));

    JsonObject card = desk.card(raceId, "decimal");
    assertEquals(3, card.getInt("placesPaid"), "3 runners would be win only");
    assertEquals("racing-desk", card.getString("placesFixedBy"));
  }
}

package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A price written over REST reaches WebSocket subscribers of its channels, once and in order. */
@ExtendWith(HubNode.class)
class OddsRoundTripIT {

  private static final String PUBLISHER = TestTokens.forRoles("feed", "publisher");

  private static String price(String eventId, String outcome, String price) {
    return """
        {"eventId":"%s","sportKey":"soccer_epl","market":"h2h","outcome":"%s",\
        "bookmaker":"bet365","price":%s}"""
        .formatted(eventId, outcome, price);
  }

  private static String newEventId() {
    return "it-" + UUID.randomUUID();
  }

  /**
   * Writes the event's first price (an event exists once it has one), then subscribes to the
   * event's channel and reads up to seq 1, whether the snapshot or the update brought it.
   */
  private static WsClient watchNewEvent(PayaraMicro hub, String eventId) throws Exception {
    Api.Response first =
        new Api(hub.base()).post("/api/odds/prices", PUBLISHER, price(eventId, "Opening", "5.0"));
    assertEquals(200, first.status(), first.body());
    WsClient watcher = WsClient.connect(hub.webSocket());
    JsonObject subscribed = watcher.subscribe("odds:event:" + eventId);
    if (subscribed.getJsonNumber("seq").longValue() == 0) {
      assertEquals(1, watcher.next("update").getJsonNumber("seq").longValue());
    }
    return watcher;
  }

  @Test
  void aPublishedPriceReachesSubscribersOfTheEventAndTheSport(PayaraMicro hub) throws Exception {
    String eventId = newEventId();
    try (WsClient eventWatcher = watchNewEvent(hub, eventId);
        WsClient sportWatcher = WsClient.connect(hub.webSocket())) {
      sportWatcher.subscribe("odds:soccer_epl");

      Api.Response write =
          new Api(hub.base())
              .post("/api/odds/prices", PUBLISHER, price(eventId, "Arsenal", "2.10"));
      assertEquals(200, write.status(), write.body());

      JsonObject update = eventWatcher.next("update");
      assertEquals("odds:event:" + eventId, update.getString("channel"));
      assertEquals(2, update.getJsonNumber("seq").longValue());
      assertEquals("odds_update", update.getString("event"));
      JsonObject data = update.getJsonObject("data");
      assertEquals(eventId, data.getString("eventId"));
      JsonObject price = data.getJsonArray("prices").getJsonObject(0);
      assertEquals("h2h/Arsenal/bet365", price.getString("key"));
      assertEquals("Arsenal", price.getString("outcome"));
      assertEquals(
          "2.1",
          price.getJsonNumber("price").bigDecimalValue().stripTrailingZeros().toPlainString());

      JsonObject sportUpdate =
          sportWatcher.nextMatching(
              m ->
                  "update".equals(m.getString("type"))
                      && eventId.equals(m.getJsonObject("data").getString("eventId", null)));
      assertEquals("odds:soccer_epl", sportUpdate.getString("channel"));
    }
  }

  @Test
  void aRepeatedPriceChangesNothingAndPublishesNothing(PayaraMicro hub) throws Exception {
    String eventId = newEventId();
    Api api = new Api(hub.base());
    try (WsClient watcher = watchNewEvent(hub, eventId)) {
      assertTrue(
          api.post("/api/odds/prices", PUBLISHER, price(eventId, "Draw", "3.40"))
              .body()
              .contains("\"changed\":true"));
      Api.Response repeat = api.post("/api/odds/prices", PUBLISHER, price(eventId, "Draw", "3.40"));
      assertEquals(200, repeat.status());
      assertTrue(repeat.body().contains("\"changed\":false"), repeat.body());
      api.post("/api/odds/prices", PUBLISHER, price(eventId, "Draw", "3.25"));

      // The repeat sent nothing: the update after 3.40 is the moved price, with the next seq.
      assertEquals(2, watcher.next("update").getJsonNumber("seq").longValue());
      JsonObject third = watcher.next("update");
      assertEquals(3, third.getJsonNumber("seq").longValue());
      assertEquals(
          0,
          third
              .getJsonObject("data")
              .getJsonArray("prices")
              .getJsonObject(0)
              .getJsonNumber("price")
              .bigDecimalValue()
              .compareTo(new java.math.BigDecimal("3.25")));
    }
  }

  @Test
  void anyoneReadsTheCurrentPricesOfAnEvent(PayaraMicro hub) throws Exception {
    String eventId = newEventId();
    Api api = new Api(hub.base());
    api.post(
        "/api/odds/prices",
        TestTokens.forRoles("feed", "publisher"),
        price(eventId, "Chelsea", "4.50"));

    Api.Response read = api.get("/api/odds/events/" + eventId + "/prices");

    assertEquals(200, read.status());
    JsonArray prices = read.json().asJsonArray();
    assertEquals(1, prices.size());
    assertEquals("Chelsea", prices.getJsonObject(0).getString("outcome"));
  }
}

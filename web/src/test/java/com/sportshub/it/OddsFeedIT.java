package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feed messages pushed over REST reach WebSocket subscribers as deltas of exactly the prices that
 * moved, with the new consensus; repeats and stale quotes change nothing.
 */
@ExtendWith(HubNode.class)
class OddsFeedIT {

  private static final String PUBLISHER = TestTokens.forRoles("feed", "publisher");

  private static JsonObject push(PayaraMicro hub, String body) throws Exception {
    Api.Response answer = new Api(hub.base()).post("/api/odds/feed", PUBLISHER, body);
    assertEquals(200, answer.status(), answer.body());
    return answer.json().asJsonObject();
  }

  /** The one event of an odds update or snapshot. */
  private static JsonObject eventOf(JsonObject data) {
    JsonArray events = data.getJsonArray("events");
    assertEquals(1, events.size(), data.toString());
    return events.getJsonObject(0);
  }

  /** Subscribes to the event's channel and reads on until everything already written has come. */
  private static WsClient watch(PayaraMicro hub, String eventId, long writtenSoFar)
      throws Exception {
    WsClient watcher = WsClient.connect(hub.webSocket());
    long seq = watcher.subscribe("odds:event:" + eventId).getJsonNumber("seq").longValue();
    while (seq < writtenSoFar) {
      seq = watcher.next("update").getJsonNumber("seq").longValue();
    }
    return watcher;
  }

  @Test
  void aMovedPriceReachesSubscribersAsADeltaWithTheNewConsensus(PayaraMicro hub) throws Exception {
    String eventId = FeedMessage.newEventId();
    Instant t0 = Instant.now().minusSeconds(60);
    push(
        hub,
        FeedMessage.event(eventId)
            .h2h("bet365", t0, "Arsenal", "2.10", "Draw", "3.40", "Chelsea", "3.60")
            .h2h("pinnacle", t0, "Arsenal", "2.15", "Draw", "3.50", "Chelsea", "3.70")
            .json());
    try (WsClient eventWatcher = watch(hub, eventId, 1);
        WsClient sportWatcher = WsClient.connect(hub.webSocket())) {
      sportWatcher.subscribe("odds:soccer_epl");

      JsonObject result =
          push(
              hub,
              FeedMessage.event(eventId)
                  .h2h(
                      "bet365",
                      t0.plusSeconds(1),
                      "Arsenal",
                      "2.20",
                      "Draw",
                      "3.40",
                      "Chelsea",
                      "3.60")
                  .json());

      assertEquals(1, result.getInt("changedPrices"));
      JsonObject update = eventWatcher.next("update");
      assertEquals("odds_update", update.getString("event"));
      assertEquals(2, update.getJsonNumber("seq").longValue());
      JsonObject event = eventOf(update.getJsonObject("data"));
      JsonArray prices = event.getJsonArray("prices");
      assertEquals(1, prices.size(), "only the moved price: " + prices);
      assertEquals("h2h/Arsenal/bet365", prices.getJsonObject(0).getString("key"));
      assertEquals(
          0,
          new BigDecimal("2.20")
              .compareTo(prices.getJsonObject(0).getJsonNumber("price").bigDecimalValue()));
      JsonObject h2h = event.getJsonArray("consensus").getJsonObject(0);
      assertEquals("h2h", h2h.getString("key"));
      JsonObject arsenal =
          h2h.getJsonArray("outcomes").getValuesAs(JsonObject.class).stream()
              .filter(o -> o.getString("outcome").equals("Arsenal"))
              .findFirst()
              .orElseThrow();
      assertEquals(
          0, new BigDecimal("2.20").compareTo(arsenal.getJsonNumber("best").bigDecimalValue()));
      assertEquals(
          List.of("bet365"),
          arsenal.getJsonArray("bestAt").getValuesAs(jakarta.json.JsonString.class).stream()
              .map(jakarta.json.JsonString::getString)
              .toList());
      assertEquals(2, arsenal.getInt("bookmakers"));

      JsonObject sportUpdate =
          sportWatcher.nextMatching(
              m ->
                  "update".equals(m.getString("type"))
                      && eventId.equals(eventOf(m.getJsonObject("data")).getString("eventId")));
      assertEquals("odds:soccer_epl", sportUpdate.getString("channel"));
    }
  }

  @Test
  void aRepeatedMessageChangesNothingAndPublishesNothing(PayaraMicro hub) throws Exception {
    String eventId = FeedMessage.newEventId();
    Instant t0 = Instant.now();
    FeedMessage first =
        FeedMessage.event(eventId).h2h("bet365", t0, "Home", "1.80", "Away", "2.05");
    push(hub, first.json());
    try (WsClient watcher = watch(hub, eventId, 1)) {
      JsonObject repeat = push(hub, first.json());
      push(
          hub,
          FeedMessage.event(eventId)
              .h2h("bet365", t0.plusSeconds(1), "Home", "1.75", "Away", "2.05")
              .json());

      assertEquals(0, repeat.getInt("changedPrices"));
      assertEquals(0, repeat.getInt("changedEvents"));
      // The repeat sent nothing: the next update is the moved price, with the next seq.
      JsonObject next = watcher.next("update");
      assertEquals(2, next.getJsonNumber("seq").longValue());
      JsonObject moved =
          eventOf(next.getJsonObject("data")).getJsonArray("prices").getJsonObject(0);
      assertEquals("Home", moved.getString("outcome"));
      assertTrue(watcher.quietFor(300));
    }
  }

  @Test
  void aQuoteOlderThanThePriceHeldChangesNothing(PayaraMicro hub) throws Exception {
    String eventId = FeedMessage.newEventId();
    Instant t0 = Instant.now();
    push(hub, FeedMessage.event(eventId).h2h("bet365", t0, "Home", "1.80", "Away", "2.05").json());

    JsonObject late =
        push(
            hub,
            FeedMessage.event(eventId)
                .h2h("bet365", t0.minusSeconds(5), "Home", "1.60", "Away", "2.40")
                .json());

    assertEquals(0, late.getInt("changedPrices"));
    JsonObject book = new Api(hub.base()).get("/api/odds/events/" + eventId).json().asJsonObject();
    assertEquals(
        0,
        new BigDecimal("1.80")
            .compareTo(
                book.getJsonArray("prices").getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("outcome").equals("Home"))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("price")
                    .bigDecimalValue()));
  }

  @Test
  void americanPricesAreTakenInAndEveryFormatIsShown(PayaraMicro hub) throws Exception {
    String eventId = FeedMessage.newEventId();
    Api api = new Api(hub.base());
    Api.Response write =
        api.post(
            "/api/odds/feed?oddsFormat=american",
            PUBLISHER,
            FeedMessage.event(eventId)
                .h2h("draftkings", Instant.now(), "Home", "150", "Away", "-200")
                .json());
    assertEquals(200, write.status(), write.body());

    assertEquals(List.of("2.5", "1.5"), shown(api, eventId, "decimal"));
    // 2.5 shows as 6/4, as bookmakers print it, not the reduced 3/2.
    assertEquals(List.of("6/4", "1/2"), shown(api, eventId, "fractional"));
    assertEquals(List.of("+150", "-200"), shown(api, eventId, "american"));
  }

  /** The prices of Home and Away as the format shows them. */
  private static List<String> shown(Api api, String eventId, String format) throws Exception {
    Api.Response read = api.get("/api/odds/events/" + eventId + "?format=" + format);
    assertEquals(200, read.status(), read.body());
    List<JsonObject> prices =
        read.json().asJsonObject().getJsonArray("prices").getValuesAs(JsonObject.class);
    return List.of("Home", "Away").stream()
        .map(
            name ->
                prices.stream()
                    .filter(p -> p.getString("outcome").equals(name))
                    .findFirst()
                    .map(
                        p ->
                            p.get("price") instanceof jakarta.json.JsonNumber n
                                ? n.bigDecimalValue().stripTrailingZeros().toPlainString()
                                : p.getString("price"))
                    .orElseThrow())
        .toList();
  }

  @Test
  void theHistoryOfAnEventListsEveryChangeInOrder(PayaraMicro hub) throws Exception {
    String eventId = FeedMessage.newEventId();
    Instant t0 = Instant.now();
    Instant from = t0.minusSeconds(1);
    for (int i = 0; i < 3; i++) {
      push(
          hub,
          FeedMessage.event(eventId)
              .totals("bet365", t0.plusSeconds(i), "2.5", "1.9" + i, "1.95")
              .json());
    }

    Api.Response read =
        new Api(hub.base())
            .get(
                "/api/odds/events/"
                    + eventId
                    + "/history?from="
                    + from
                    + "&to="
                    + Instant.now().plusSeconds(1));

    assertEquals(200, read.status(), read.body());
    List<String> overs =
        read.json().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("outcome").equals("Over"))
            .map(
                e ->
                    e.getJsonNumber("price").bigDecimalValue().stripTrailingZeros().toPlainString())
            .toList();
    assertEquals(List.of("1.9", "1.91", "1.92"), overs);
  }

  @Test
  void startedEventsAreLiveAndSportsAreListed(PayaraMicro hub) throws Exception {
    String eventId = FeedMessage.newEventId();
    push(
        hub,
        FeedMessage.event(eventId)
            .sport("basketball_nba")
            .startedAt(Instant.now().minusSeconds(600))
            .h2h("fanduel", Instant.now(), "Lakers", "1.9", "Celtics", "1.9")
            .json());
    Api api = new Api(hub.base());

    List<JsonObject> live =
        api.get("/api/odds/live?sport=basketball_nba")
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    List<JsonObject> sports =
        api.get("/api/odds/sports").json().asJsonArray().getValuesAs(JsonObject.class);

    JsonObject event =
        live.stream().filter(e -> e.getString("eventId").equals(eventId)).findFirst().orElseThrow();
    assertEquals("live", event.getString("status"));
    assertTrue(
        sports.stream().anyMatch(s -> s.getString("key").equals("basketball_nba")),
        sports.toString());
  }
}

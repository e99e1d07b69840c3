package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Subscribing gives the channel's state and seq; resuming gives exactly what was missed. */
@ExtendWith(HubNode.class)
class SubscriptionsIT {

  private static String notice() {
    return "notice:it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aSubscriptionStartsWithTheFullCurrentBookOfTheEventAndItsSeq(PayaraMicro hub)
      throws Exception {
    String eventId = "snap-" + UUID.randomUUID();
    Api api = new Api(hub.base());
    String token = TestTokens.forRoles("feed", "publisher");
    java.time.Instant at = java.time.Instant.now();
    api.post("/api/odds/feed", token, FeedMessage.event(eventId).json());
    api.post(
        "/api/odds/feed",
        token,
        FeedMessage.event(eventId).h2h("bet365", at, "Home", 2.5, "Away", 2.5).json());
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.send("{\"type\":\"subscribe\",\"channel\":\"odds:event:" + eventId + "\",\"id\":1}");

      JsonObject subscribed = client.next("subscribed");
      assertEquals(1, subscribed.getInt("id"));
      assertFalse(subscribed.getBoolean("recovered"));
      JsonObject event =
          subscribed.getJsonObject("snapshot").getJsonArray("events").getJsonObject(0);
      assertEquals(2, event.getJsonArray("prices").size());
      // The prices may still be on their way to the broker: then their update follows, as seq 2.
      for (long seq = subscribed.getJsonNumber("seq").longValue() + 1; seq <= 2; seq++) {
        assertEquals(seq, client.next("update").getJsonNumber("seq").longValue());
      }
    }
  }

  @Test
  void anUnknownEventOrAnEntityWithoutAContextIsNotFound(PayaraMicro hub) throws Exception {
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribeExpectingError("odds:event:no-such-event", "NOT_FOUND");
      client.subscribeExpectingError("race:42", "NOT_FOUND");
    }
  }

  @Test
  void severalChannelsAreSubscribedAtOnceAndListed(PayaraMicro hub) throws Exception {
    String first = notice();
    String second = notice();
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.send("{\"type\":\"subscribe\",\"channels\":[\"" + first + "\",\"" + second + "\"]}");
      assertEquals(first, client.next("subscribed").getString("channel"));
      assertEquals(second, client.next("subscribed").getString("channel"));

      client.send("{\"type\":\"subscriptions\"}");
      List<String> listed =
          client
              .next("subscriptions")
              .getJsonArray("channels")
              .getValuesAs((JsonValue v) -> ((jakarta.json.JsonString) v).getString());
      assertEquals(List.of(first, second).stream().sorted().toList(), listed);
    }
  }

  @Test
  void afterUnsubscribingNoMoreUpdatesOfThatChannelArrive(PayaraMicro hub) throws Exception {
    String left = notice();
    String kept = notice();
    Broadcaster newsroom = new Broadcaster(hub);
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribe(left);
      client.subscribe(kept);
      client.send("{\"type\":\"unsubscribe\",\"channel\":\"" + left + "\"}");
      assertEquals(left, client.next("unsubscribed").getString("channel"));

      newsroom.send(left, "notice", "{\"n\":1}");
      newsroom.send(kept, "notice", "{\"n\":2}");

      assertEquals(kept, client.next("update").getString("channel"));
    }
  }

  @Test
  void aClientThatReconnectsWithSinceGetsExactlyTheUpdatesItMissed(PayaraMicro hub)
      throws Exception {
    String channel = notice();
    Broadcaster newsroom = new Broadcaster(hub);
    long lastSeen;
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribe(channel);
      for (int n = 1; n <= 3; n++) {
        newsroom.send(channel, "notice", "{\"n\":" + n + "}");
      }
      for (int n = 1; n <= 3; n++) {
        lastSeen = client.next("update").getJsonNumber("seq").longValue();
        assertEquals(n, lastSeen);
      }
    }
    for (int n = 4; n <= 6; n++) {
      newsroom.send(channel, "notice", "{\"n\":" + n + "}");
    }
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.resume(channel, 3);
      JsonObject subscribed = client.next("subscribed");
      assertTrue(subscribed.getBoolean("recovered"));
      // Replayed (up to the subscribed seq) or live (after it), the client sees 4, 5, 6 once each.
      List<Long> replayed = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        JsonObject update = client.next("update");
        replayed.add(update.getJsonNumber("seq").longValue());
        assertEquals(
            update.getJsonNumber("seq").longValue(), update.getJsonObject("data").getInt("n"));
      }
      assertEquals(List.of(4L, 5L, 6L), replayed);

      newsroom.send(channel, "notice", "{\"n\":7}");
      assertEquals(7, client.next("update").getJsonNumber("seq").longValue());
    }
  }

  @Test
  void aSinceTheHubCannotServeGivesAFreshSnapshotInstead(PayaraMicro hub) throws Exception {
    String channel = notice();
    new Broadcaster(hub).send(channel, "notice", "{}");
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.resume(channel, 999);
      JsonObject subscribed = client.next("subscribed");
      assertFalse(subscribed.getBoolean("recovered"));
      assertTrue(subscribed.getJsonNumber("seq").longValue() <= 1);
      assertTrue(subscribed.containsKey("snapshot"));
    }
  }

  @Test
  void aConnectionMayHoldFiftyChannelsAndNoMore(PayaraMicro hub) throws Exception {
    StringBuilder channels = new StringBuilder();
    for (int i = 0; i < 51; i++) {
      channels.append(i == 0 ? "" : ",").append('"').append(notice()).append('"');
    }
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.send("{\"type\":\"subscribe\",\"channels\":[" + channels + "]}");
      for (int i = 0; i < 50; i++) {
        client.next("subscribed");
      }
      assertEquals("TOO_MANY_SUBSCRIPTIONS", client.next("error").getString("code"));
    }
  }
}

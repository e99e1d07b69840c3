package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A race card and an event's book read over REST say what the socket's snapshot of the same race or
 * event says, for each context has one renderer for both. The socket adds only what it needs to
 * merge deltas ({@code key}), a price's other notations and where a price moved from.
 */
@ExtendWith(HubNode.class)
class RestAndSocketAgreeIT {

  private static final Set<String> SOCKET_ONLY =
      Set.of("key", "fractional", "american", "previous");

  @Test
  void aRaceCardOverRestIsTheRaceChannelsSnapshot(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(3);
    RacingDesk.ok(200, desk.price(raceId, 1, "5/2", 2, "+150", 3, "3.75"));

    try (WsClient client = WsClient.connect(hub.webSocket())) {
      JsonObject snapshot = client.subscribe("race:" + raceId).getJsonObject("snapshot");

      assertEquals(withoutSocketOnly(snapshot), desk.card(raceId, "decimal"));
    }
  }

  @Test
  void anEventOverRestIsTheEventChannelsSnapshot(PayaraMicro hub) throws Exception {
    String eventId = FeedMessage.newEventId();
    Instant t0 = Instant.now().minusSeconds(60);
    Api api = new Api(hub.base());
    String publisher = TestTokens.forRoles("feed", "publisher");
    for (String home : new String[] {"2.10", "2.20"}) {
      Api.Response pushed =
          api.post(
              "/api/odds/feed",
              publisher,
              FeedMessage.event(eventId)
                  .h2h("bet365", t0, "Arsenal", home, "Draw", "3.40", "Chelsea", "3.60")
                  .h2h("pinnacle", t0, "Arsenal", "2.15", "Draw", "3.50", "Chelsea", "3.70")
                  .json());
      assertEquals(200, pushed.status(), pushed.body());
      t0 = t0.plusSeconds(1);
    }

    try (WsClient client = WsClient.connect(hub.webSocket())) {
      JsonObject snapshot = client.subscribe("odds:event:" + eventId).getJsonObject("snapshot");
      JsonObjectBuilder expected = Json.createObjectBuilder();
      withoutSocketOnly(snapshot.getJsonArray("events").getJsonObject(0))
          .asJsonObject()
          .forEach(
              (name, value) -> {
                expected.add(name, value);
                if (name.equals("eventId")) {
                  expected.add("sportKey", snapshot.getString("sportKey"));
                }
              });
      Api.Response read = api.get("/api/odds/events/" + eventId);
      assertEquals(200, read.status(), read.body());

      assertEquals(expected.build(), read.json().asJsonObject());
    }
  }

  private static JsonValue withoutSocketOnly(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        JsonObjectBuilder o = Json.createObjectBuilder();
        value
            .asJsonObject()
            .forEach(
                (name, member) -> {
                  if (!SOCKET_ONLY.contains(name)) {
                    o.add(name, withoutSocketOnly(member));
                  }
                });
        yield o.build();
      }
      case ARRAY -> {
        JsonArrayBuilder a = Json.createArrayBuilder();
        value.asJsonArray().forEach(element -> a.add(withoutSocketOnly(element)));
        yield a.build();
      }
      default -> value;
    };
  }
}

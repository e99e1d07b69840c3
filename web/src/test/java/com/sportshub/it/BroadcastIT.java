package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/broadcast}: the relay-only write path, for news, notices and users. */
@ExtendWith(HubNode.class)
class BroadcastIT {

  private static String notice() {
    return "notice:bc-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void theDataReachesSubscribersExactlyAsWrittenKeyOrderIncluded(PayaraMicro hub) throws Exception {
    String channel = notice();
    String data = "{\"zeta\":1,\"alpha\":[3,2,1],\"mid\":{\"b\":true,\"a\":null},\"price\":2.50}";
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribe(channel);

      Api.Response answer = new Broadcaster(hub).send(channel, "news_update", data);

      assertEquals(202, answer.status(), answer.body());
      JsonObject update = client.next("update");
      assertEquals("news_update", update.getString("event"));
      assertEquals(data, update.getJsonObject("data").toString());
    }
  }

  @Test
  void aBatchArrivesWholeAndInOrder(PayaraMicro hub) throws Exception {
    String channel = notice();
    StringBuilder items = new StringBuilder();
    for (int n = 1; n <= 200; n++) {
      items
          .append(n == 1 ? "" : ",")
          .append("{\"channel\":\"")
          .append(channel)
          .append("\",\"event\":\"notice\",\"data\":{\"n\":")
          .append(n)
          .append("}}");
    }
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribe(channel);

      Api.Response answer = new Broadcaster(hub).sendRaw("{\"items\":[" + items + "]}");

      assertEquals(202, answer.status());
      assertTrue(answer.body().contains("\"accepted\":200"), answer.body());
      for (int n = 1; n <= 200; n++) {
        JsonObject update = client.next("update");
        assertEquals(n, update.getJsonNumber("seq").longValue());
        assertEquals(n, update.getJsonObject("data").getInt("n"));
      }
    }
  }

  @Test
  void aBatchWithOneBadItemIsRefusedWholeNamingTheItem(PayaraMicro hub) throws Exception {
    String channel = notice();
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribe(channel);

      Api.Response answer =
          new Broadcaster(hub)
              .sendRaw(
                  "{\"items\":[{\"channel\":\""
                      + channel
                      + "\",\"event\":\"notice\",\"data\":1},"
                      + "{\"channel\":\"odds:soccer_epl\",\"event\":\"notice\",\"data\":2}]}");

      assertEquals(400, answer.status());
      assertEquals("items[1].channel", answer.json().asJsonObject().getString("field"));
      assertTrue(client.quietFor(500), "nothing of the refused batch was published");
    }
  }

  @Test
  void broadcastingNeedsThePublisherOrAdminRole(PayaraMicro hub) throws Exception {
    String body = "{\"channel\":\"news\",\"event\":\"news_update\",\"data\":{}}";
    Api api = new Api(hub.base());

    assertEquals(401, api.post("/api/broadcast", null, body).status());
    assertEquals(
        403, api.post("/api/broadcast", TestTokens.forRoles("r", "referee"), body).status());
    assertEquals(202, api.post("/api/broadcast", TestTokens.forRoles("a", "admin"), body).status());
  }

  @Test
  void aMissingEventOrDataIsABadRequestNamingTheField(PayaraMicro hub) throws Exception {
    Broadcaster newsroom = new Broadcaster(hub);

    Api.Response noEvent = newsroom.sendRaw("{\"channel\":\"news\",\"data\":{}}");
    Api.Response noData = newsroom.sendRaw("{\"channel\":\"news\",\"event\":\"news_update\"}");

    assertEquals("event", noEvent.json().asJsonObject().getString("field"));
    assertEquals("data", noData.json().asJsonObject().getString("field"));
  }
}

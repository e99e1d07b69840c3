package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees of a node and does to it: its figures over REST, health and JMX, then a
 * drain over JMX (readiness DOWN, every client closed with 1012, new connections refused). A node
 * of its own, since a drained node stays drained until it restarts.
 */
class NodeOperationsIT {

  private static final String ADMIN = TestTokens.forRoles("ops-admin", "admin");
  private static PayaraMicro hub;

  @BeforeAll
  static void boot() throws Exception {
    hub = PayaraMicro.boot("ops", null, Map.of("HUB_NODE", "ops-node"));
  }

  @AfterAll
  static void stop() {
    if (hub != null) {
      hub.close();
    }
  }

  @Test
  void anOperatorReadsTheNodeThenDrainsItForARestart() throws Exception {
    String hot = "notice:ops-" + System.nanoTime();
    Api api = new Api(hub.base());
    try (WsClient a = WsClient.connect(hub.webSocket());
        WsClient b = WsClient.connectWithToken(hub.webSocket(), TestTokens.forRoles("ops-fan"));
        WsClient c = WsClient.connect(hub.webSocket())) {
      b.next("authenticated");
      a.subscribe(hot);
      b.subscribe(hot);
      c.subscribe("news");

      JsonObject node = api.get("/api/node", ADMIN).json().asJsonObject();
      assertEquals("ops-node", node.getString("node"), node.toString());
      assertEquals(3, node.getInt("connections"));
      assertEquals(1, node.getInt("authenticated"));
      assertEquals(2, node.getInt("channels"));
      assertEquals(3, node.getInt("subscriptions"));
      JsonObject busiest = node.getJsonArray("busiest").getJsonObject(0);
      assertEquals(hot, busiest.getString("channel"));
      assertEquals(2, busiest.getInt("subscribers"));
      assertEquals(2, node.getJsonObject("subscriptionsByKind").getInt("notice"));
      assertEquals(1, node.getJsonObject("subscriptionsByKind").getInt("news"));
      assertEquals(403, api.get("/api/node", TestTokens.forRoles("p", "publisher")).status());

      JsonObject live = api.get("/health/live").json().asJsonObject();
      JsonObject websocket = check(live, "websocket");
      assertEquals("3", text(websocket.getJsonObject("data"), "connected"));
      assertEquals("2", text(websocket.getJsonObject("data"), "rooms"));
      assertEquals(
          "UP",
          check(api.get("/health/started").json().asJsonObject(), "delivery").getString("status"));

      try (Jmx jmx = Jmx.attach(hub.pid())) {
        String bean = "com.sportshub:type=Node";
        assertEquals(3, jmx.attribute(bean, "Connections"));
        String broker = "com.sportshub:type=Broker";
        assertEquals(true, jmx.attribute(broker, "Connected"));
        assertEquals(0, jmx.attribute(broker, "Waiting"));
        assertEquals("in memory", jmx.attribute(broker, "Generation"));
        assertTrue(((String) jmx.attribute(broker, "Description")).contains("memory"));
        assertEquals(false, jmx.attribute(bean, "Draining"));
        jmx.invoke(bean, "drain");
        assertEquals(true, jmx.attribute(bean, "Draining"));
      }

      for (WsClient client : List.of(a, b, c)) {
        assertEquals(1012, client.closeCode());
      }
      hub.awaitReadiness(503);
      CompletionException refused =
          assertThrows(CompletionException.class, () -> WsClient.connect(hub.webSocket()));
      WebSocketHandshakeException handshake =
          assertInstanceOf(WebSocketHandshakeException.class, refused.getCause());
      assertEquals(503, handshake.getResponse().statusCode());
      Api.Response again = api.post("/api/node/drain", ADMIN, "");
      assertEquals(202, again.status(), again.body());
      assertTrue(api.get("/api/node", ADMIN).json().asJsonObject().getBoolean("draining"));
    }
  }

  /** A health datum as text: Payara writes numbers as JSON strings. */
  private static String text(JsonObject data, String key) {
    return data.get(key).toString().replace("\"", "");
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> name.equals(c.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
  }
}

package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes on different ports share one Redis: a client sees the same channel, in the
 * same order with the same seqs, whichever node it is on or moves to, a user's connections are
 * counted across both, and the nodes ride out a Redis restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  /** Only node A takes the Redis intake, as the docs ask: one node per cluster. */
  private static final String INTAKE = "hub:publish";

  private static PrivateRedis redis;
  private static PayaraMicro nodeA;
  private static PayaraMicro nodeB;

  @BeforeAll
  static void startTheCluster() throws Exception {
    redis = PrivateRedis.start();
    Map<String, String> a = new java.util.HashMap<>(settings("node-a"));
    a.put("HUB_BROADCAST_REDIS_TOPIC", INTAKE);
    nodeA = PayaraMicro.boot("a", redis.url(), a);
    nodeB = PayaraMicro.boot("b", redis.url(), settings("node-b"));
  }

  /** Each event's odds channel carries at most one update a second on these nodes. */
  private static Map<String, String> settings(String name) {
    return Map.of("HUB_NODE", name, "HUB_CONFLATE_ODDS_EVENT_MS", "1000");
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    for (AutoCloseable part : new AutoCloseable[] {nodeA, nodeB, redis}) {
      if (part != null) {
        part.close();
      }
    }
  }

  private static String channel() {
    return "notice:cluster-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  @Order(1)
  void aClientOnNodeBReceivesInOrderEveryUpdateWrittenThroughNodeA() throws Exception {
    String channel = channel();
    try (WsClient onB = WsClient.connect(nodeB.webSocket())) {
      onB.subscribe(channel);

      assertEquals(
          202, new Broadcaster(nodeA).sendRaw(Broadcaster.batch(channel, 1, 100)).status());

      for (int n = 1; n <= 100; n++) {
        JsonObject update = onB.next("update");
        assertEquals(n, update.getJsonNumber("seq").longValue());
        assertEquals(n, update.getJsonObject("data").getInt("n"));
      }
    }
  }

  @Test
  @Order(2)
  void aClientThatMovesFromNodeAToNodeBMidStreamResumesWithNoGap() throws Exception {
    String channel = channel();
    long lastSeen = 0;
    try (WsClient onA = WsClient.connect(nodeA.webSocket())) {
      onA.subscribe(channel);
      new Broadcaster(nodeA).sendRaw(Broadcaster.batch(channel, 1, 10));
      for (int i = 0; i < 5; i++) {
        lastSeen = onA.next("update").getJsonNumber("seq").longValue();
      }
    }
    new Broadcaster(nodeB).sendRaw(Broadcaster.batch(channel, 11, 20));

    try (WsClient onB = WsClient.connect(nodeB.webSocket())) {
      onB.resume(channel, lastSeen);
      assertTrue(onB.next("subscribed").getBoolean("recovered"));
      for (long seq = lastSeen + 1; seq <= 20; seq++) {
        JsonObject update = onB.next("update");
        assertEquals(seq, update.getJsonNumber("seq").longValue());
        assertEquals(seq, update.getJsonObject("data").getInt("n"));
      }
      assertTrue(onB.quietFor(300), "no update twice");
    }
  }

  @Test
  @Order(3)
  void pricesFasterThanTheChannelsRateArriveConflatedWithTheLatestOfEach() throws Exception {
    String eventId = "conflate-" + UUID.randomUUID();
    Api writer = new Api(nodeA.base());
    String token = TestTokens.forRoles("feed", "publisher");
    Instant start = Instant.now();
    writer.post(
        "/api/odds/feed",
        token,
        FeedMessage.event(eventId).h2h("bet365", start, "Home", "1.9", "Away", "2.9").json());
    try (WsClient onB = WsClient.connect(nodeB.webSocket())) {
      long seq = onB.subscribe("odds:event:" + eventId).getJsonNumber("seq").longValue();
      String[][] changes = {{"2.0", "2.9"}, {"2.0", "3.0"}, {"2.1", "3.0"}, {"2.1", "3.1"}};
      for (int i = 0; i < changes.length; i++) {
        Instant at = start.plusMillis(i + 1);
        writer.post(
            "/api/odds/feed",
            token,
            FeedMessage.event(eventId)
                .h2h("bet365", at, "Home", changes[i][0], "Away", changes[i][1])
                .json());
      }

      List<JsonObject> updates = new ArrayList<>();
      Map<String, String> latest = new java.util.HashMap<>();
      while (!"2.1".equals(latest.get("Home")) || !"3.1".equals(latest.get("Away"))) {
        JsonObject update = onB.next("update");
        updates.add(update);
        for (JsonObject p :
            update
                .getJsonObject("data")
                .getJsonArray("events")
                .getJsonObject(0)
                .getJsonArray("prices")
                .getValuesAs(JsonObject.class)) {
          latest.put(
              p.getString("outcome"), p.getJsonNumber("price").bigDecimalValue().toPlainString());
        }
      }

      assertTrue(updates.size() <= 3, "at most one update a second: " + updates);
      for (JsonObject update : updates) {
        long next = update.getJsonNumber("seq").longValue();
        assertTrue(next == seq + 1 || seq == 0, "seq " + next + " after " + seq);
        seq = next;
      }
      assertTrue(updates.get(updates.size() - 1).getBoolean("conflated", false));
    }
  }

  /**
   * Each node keeps the books it wrote; a write through the other node must make it read the book
   * again. Were node A to diff against its own last book (Home 1.90), the repeat of node B's price
   * would count as a move, and the next move would record 1.90 as the price before it.
   */
  @Test
  @Order(4)
  void aNodeDiffsAgainstWhatTheOtherNodeWroteSinceItsOwnLastWrite() throws Exception {
    String eventId = "turns-" + UUID.randomUUID();
    String token = TestTokens.forRoles("feed", "publisher");
    Api onA = new Api(nodeA.base());
    Api onB = new Api(nodeB.base());
    Instant t0 = Instant.now().minusSeconds(10);
    String[][] turns = {{"1.90", "A"}, {"2.00", "B"}, {"2.00", "A"}, {"2.10", "A"}};
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < turns.length; i++) {
      Api node = turns[i][1].equals("A") ? onA : onB;
      String message =
          FeedMessage.event(eventId)
              .h2h("bet365", t0.plusSeconds(i), "Home", turns[i][0], "Away", "3.0")
              .json();
      Api.Response answer = node.post("/api/odds/feed", token, message);
      assertEquals(200, answer.status(), answer.body());
      changed.add(answer.json().asJsonObject().getInt("changedPrices"));
    }

    assertEquals(List.of(2, 1, 0, 1), changed, "prices changed by each turn");
    List<String> homes =
        onB
            .get(
                "/api/odds/events/"
                    + eventId
                    + "/history?from="
                    + t0.minusSeconds(60)
                    + "&to="
                    + Instant.now().plusSeconds(60))
            .json()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(entry -> entry.getString("outcome").equals("Home"))
            .map(entry -> decimal(entry, "previous") + " -> " + decimal(entry, "price"))
            .toList();
    assertEquals(List.of("null -> 1.9", "1.9 -> 2", "2 -> 2.1"), homes);
  }

  private static String decimal(JsonObject entry, String field) {
    return !entry.containsKey(field) || entry.isNull(field)
        ? "null"
        : entry.getJsonNumber(field).bigDecimalValue().stripTrailingZeros().toPlainString();
  }

  @Test
  @Order(5)
  void broadcastsPublishedToTheRedisIntakeReachClientsOnEveryNodeOnceAndInOrder() throws Exception {
    String channel = channel();
    try (WsClient onB = WsClient.connect(nodeB.webSocket())) {
      onB.subscribe(channel);

      String one = "{\"channel\":\"" + channel + "\",\"event\":\"notice\",\"data\":{\"n\":1}}";
      assertEquals(1, redis.publish(INTAKE, one), "node A listens to the intake");
      redis.publish(INTAKE, "{not json");
      redis.publish(INTAKE, "{\"channel\":\"race:1\",\"event\":\"notice\",\"data\":{}}");
      redis.publish(INTAKE, Broadcaster.batch(channel, 2, 3));

      for (int n = 1; n <= 3; n++) {
        JsonObject update = onB.next("update");
        assertEquals(n, update.getJsonNumber("seq").longValue());
        assertEquals(n, update.getJsonObject("data").getInt("n"));
      }
      assertTrue(onB.quietFor(300), "each message relayed once, the refused ones not at all");
    }
  }

  @Test
  @Order(6)
  void aUserMayHoldThreeConnectionsAcrossTheNodesAndAFourthIsClosedOnEither() throws Exception {
    String token = TestTokens.forRoles("fan-" + UUID.randomUUID().toString().substring(0, 8));
    List<WsClient> open = new ArrayList<>();
    try {
      WsClient firstOnA = authenticated(nodeA, token, open);
      authenticated(nodeA, token, open);
      authenticated(nodeB, token, open);

      for (PayaraMicro node : List.of(nodeA, nodeB)) {
        WsClient fourth = WsClient.connect(node.webSocket());
        open.add(fourth);
        assertEquals("TOO_MANY_CONNECTIONS", fourth.authenticate(token).getString("code"));
        assertEquals(4009, fourth.closeCode());
      }

      firstOnA.close();

      // node A writes the release to Redis from its background thread, so allow it a moment
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (true) {
        WsClient again = WsClient.connect(nodeB.webSocket());
        open.add(again);
        String answer = again.authenticate(token).getString("type");
        if ("authenticated".equals(answer)) {
          break;
        }
        assertTrue(System.nanoTime() < deadline, "the place freed on A was never free on B");
        Thread.sleep(100);
      }
    } finally {
      open.forEach(WsClient::close);
    }
  }

  private static WsClient authenticated(PayaraMicro node, String token, List<WsClient> open)
      throws InterruptedException {
    WsClient client = WsClient.connect(node.webSocket());
    open.add(client);
    assertEquals("authenticated", client.authenticate(token).getString("type"));
    return client;
  }

  @Test
  @Order(6)
  void anAdminSeesEveryNodeOfTheClusterWithItsConnections() throws Exception {
    String admin = TestTokens.forRoles("cluster-admin", "admin");
    try (WsClient onA = WsClient.connect(nodeA.webSocket());
        WsClient onB1 = WsClient.connect(nodeB.webSocket());
        WsClient onB2 = WsClient.connect(nodeB.webSocket())) {
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      JsonObject cluster;
      do {
        Thread.sleep(500);
        cluster = new Api(nodeB.base()).get("/api/node/cluster", admin).json().asJsonObject();
      } while (!(connections(cluster, "node-a") >= 1 && connections(cluster, "node-b") >= 2)
          && System.nanoTime() < deadline);
      assertTrue(connections(cluster, "node-a") >= 1, cluster.toString());
      assertTrue(connections(cluster, "node-b") >= 2, cluster.toString());
      assertTrue(cluster.getInt("connections") >= 3, cluster.toString());
      try (Jmx jmx = Jmx.attach(nodeA.pid())) {
        String broker = "com.sportshub:type=Broker";
        assertEquals(true, jmx.attribute(broker, "Connected"));
        assertTrue(((String) jmx.attribute(broker, "Description")).contains("Redis"));
        assertTrue(((String) jmx.attribute(broker, "Generation")).length() > 8);
      }
    }
  }

  private static int connections(JsonObject cluster, String node) {
    return cluster.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
        .filter(n -> node.equals(n.getString("node")))
        .mapToInt(n -> n.getInt("connections"))
        .findFirst()
        .orElse(-1);
  }

  @Test
  @Order(7)
  void whenRedisGoesAwayNodesKeepTheirClientsReportNotReadyAndRecoverByThemselves()
      throws Exception {
    String channel = channel();
    try (WsClient onA = WsClient.connect(nodeA.webSocket());
        WsClient onB = WsClient.connect(nodeB.webSocket())) {
      onA.subscribe(channel);
      onB.subscribe(channel);
      new Broadcaster(nodeA).send(channel, "notice", "{\"before\":true}");
      onA.next("update");
      onB.next("update");

      redis.stop();
      nodeA.awaitReadiness(503);
      nodeB.awaitReadiness(503);
      onA.send("{\"type\":\"ping\"}");
      onA.next("pong");
      onA.send("{\"type\":\"subscribe\",\"channel\":\"" + channel() + "\"}");
      JsonObject refused = onA.nextMatching(m -> "error".equals(m.getString("type")), 30);
      assertEquals("INTERNAL", refused.getString("code"), "a subscription needs Redis for its seq");
      try (WsClient fan = WsClient.connect(nodeB.webSocket())) {
        JsonObject answer = fan.authenticate(TestTokens.forRoles("fan-during-outage"));
        assertEquals("authenticated", answer.getString("type"), "counted on node B alone");
      }
      Api.Response duringOutage =
          new Broadcaster(nodeA).send(channel, "notice", "{\"during\":\"outage\"}");
      assertEquals(202, duringOutage.status(), "accepted, to go out when Redis is back");

      redis.restart();
      nodeA.awaitReadiness(200);
      nodeB.awaitReadiness(200);

      for (WsClient client : List.of(onA, onB)) {
        JsonObject reset = client.nextMatching(m -> "subscribed".equals(m.getString("type")), 40);
        assertTrue(reset.getBoolean("reset"), reset.toString());
        JsonObject update = client.nextMatching(m -> "update".equals(m.getString("type")), 40);
        assertEquals("outage", update.getJsonObject("data").getString("during"));
      }
    }
  }
}

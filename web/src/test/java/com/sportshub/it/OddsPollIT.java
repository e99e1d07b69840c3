package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node polling a The Odds API compatible server: a stub started here, which first refuses with
 * 429, then answers with odds that move.
 */
class OddsPollIT {

  private static final String EVENT_ID = "poll-" + Long.toHexString(System.nanoTime());
  private static final Instant T0 = Instant.now();

  private static HttpServer stub;
  private static PayaraMicro node;
  private static final List<String> queries = new CopyOnWriteArrayList<>();
  private static final AtomicInteger requests = new AtomicInteger();

  @BeforeAll
  static void startStubAndNode() throws Exception {
    stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext("/v4/sports/soccer_epl/odds", OddsPollIT::answer);
    stub.start();
    node =
        PayaraMicro.boot(
            "poll",
            TestSettings.redisUrl(),
            Map.of(
                "HUB_ODDS_FEED", "the-odds-api",
                "THE_ODDS_API_KEY", "it-secret-key",
                "HUB_ODDS_API_BASE_URL", "http://127.0.0.1:" + stub.getAddress().getPort(),
                "HUB_ODDS_API_SPORTS", "soccer_epl",
                "HUB_ODDS_API_INTERVAL", "PT1S",
                "HUB_ODDS_PUBLISHER_AUTOSTART", "true",
                "HUB_ODDS_PUBLISHER_INTERVAL_MS", "200"));
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
    if (stub != null) {
      stub.stop(0);
    }
  }

  /** 429 first; then the event, its home price moving from the third answer on. */
  private static void answer(HttpExchange exchange) throws IOException {
    queries.add(exchange.getRequestURI().getQuery());
    int n = requests.incrementAndGet();
    if (n == 1) {
      exchange.getResponseHeaders().add("Retry-After", "1");
      exchange.sendResponseHeaders(429, -1);
      exchange.close();
      return;
    }
    String home = n >= 3 ? "2.30" : "2.10";
    String body =
        FeedMessage.batch(
            FeedMessage.event(EVENT_ID)
                .h2h(
                    "pinnacle",
                    T0.plusSeconds(n),
                    "Arsenal",
                    home,
                    "Draw",
                    "3.40",
                    "Chelsea",
                    "3.50"));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("x-requests-remaining", String.valueOf(500 - n));
    exchange.getResponseHeaders().add("x-requests-used", String.valueOf(n));
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Test
  void pollsBackOffAfterARefusalThenBringTheServersOddsAndTheirMoves() throws Exception {
    try (WsClient fan = WsClient.connect(node.webSocket())) {
      fan.subscribe("odds:soccer_epl");
      JsonObject moved = null;
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (moved == null && Instant.now().isBefore(deadline)) {
        JsonObject update = fan.next("update");
        for (JsonObject price :
            update
                .getJsonObject("data")
                .getJsonArray("events")
                .getJsonObject(0)
                .getJsonArray("prices")
                .getValuesAs(JsonObject.class)) {
          if (price.getString("outcome").equals("Arsenal")
              && price.getJsonNumber("price").doubleValue() == 2.30) {
            moved = price;
          }
        }
      }

      assertTrue(moved != null, "the moved price arrived");
      assertTrue(requests.get() >= 3, "a poll after the 429, and one more");
      String query = queries.get(0);
      assertTrue(query.contains("apiKey=it-secret-key"), query);
      assertTrue(query.contains("oddsFormat=decimal"), query);
      JsonObject status =
          new Api(node.base())
              .get("/api/odds/publisher", TestTokens.forRoles("ops", "admin"))
              .json()
              .asJsonObject();
      assertEquals("the-odds-api", status.getString("feed"));
      assertTrue(status.getString("feedState").contains("requests left"), status.toString());
      assertTrue(!status.toString().contains("it-secret-key"), "the key is never shown");
    }
  }
}

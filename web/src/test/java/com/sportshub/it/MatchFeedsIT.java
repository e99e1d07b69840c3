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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node polling an ESPN-style scoreboard and football-data.org, both stubs started here: a live
 * match that goes on to finish, a status neither the hub nor its mapping knows, and one competition
 * whose requests fail.
 */
class MatchFeedsIT {

  private static final String ESPN_ID = String.valueOf(System.nanoTime() % 1_000_000_000L);
  private static final String FD_ID = String.valueOf(System.nanoTime() % 1_000_000_000L + 1);
  private static final Instant KICKOFF = Instant.now().minus(Duration.ofMinutes(30));

  private static HttpServer stub;
  private static PayaraMicro node;
  private static final AtomicBoolean finished = new AtomicBoolean();
  private static final AtomicInteger espnPolls = new AtomicInteger();
  private static final List<String> keys = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startStubAndNode() throws Exception {
    stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext(
        "/apis/site/v2/sports/soccer/eng.1/scoreboard",
        e -> {
          espnPolls.incrementAndGet();
          send(e, 200, espn());
        });
    stub.createContext(
        "/v4/competitions/FDIT/matches",
        e -> {
          keys.add(String.valueOf(e.getRequestHeaders().getFirst("X-Auth-Token")));
          send(e, 200, footballData());
        });
    stub.createContext(
        "/v4/competitions/FDBAD/matches", e -> send(e, 503, "{\"message\":\"down\"}"));
    stub.start();
    String base = "http://127.0.0.1:" + stub.getAddress().getPort();
    node =
        PayaraMicro.boot(
            "feeds",
            TestSettings.redisUrl(),
            Map.of(
                "HUB_MATCHES_ESPN_ENABLED", "true",
                "HUB_MATCHES_ESPN_BASE_URL", base,
                "HUB_MATCHES_ESPN_LEAGUES", "eng.1:ESPNIT",
                "HUB_MATCHES_ESPN_INTERVAL", "PT1S",
                "FOOTBALL_DATA_API_KEY", "it-fd-key",
                "HUB_MATCHES_FOOTBALL_DATA_BASE_URL", base,
                "HUB_MATCHES_FOOTBALL_DATA_COMPETITIONS", "FDIT,FDBAD",
                "HUB_MATCHES_FOOTBALL_DATA_INTERVAL", "PT1S",
                "HUB_MATCHES_FEEDS_TICK_MS", "250"));
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

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** Live at 1-0 in the 34th minute; once {@link #finished}, 2-0 at full time. */
  private static String espn() {
    boolean over = finished.get();
    return """
        {"events":[{"id":"%s","date":"%s","competitions":[{"competitors":[
          {"homeAway":"home","score":"%s","team":{"displayName":"Espn Home"}},
          {"homeAway":"away","score":"0","team":{"displayName":"Espn Away"}}],
          "status":{"displayClock":"%s","period":%d,
                    "type":{"name":"%s","state":"%s","completed":%s}}}]}]}"""
        .formatted(
            ESPN_ID,
            KICKOFF,
            over ? "2" : "1",
            over ? "90'+3'" : "34'",
            over ? 2 : 1,
            over ? "STATUS_FULL_TIME" : "STATUS_FIRST_HALF",
            over ? "post" : "in",
            over);
  }

  /** A status football-data.org never sent before, but with a winner: finished. */
  private static String footballData() {
    return """
        {"matches":[{"id":%s,"utcDate":"%s","status":"RECONCILED","matchday":3,
          "homeTeam":{"name":"Fd Home FC"},"awayTeam":{"name":"Fd Away FC"},
          "score":{"winner":"HOME_TEAM","fullTime":{"home":2,"away":1},
                   "halfTime":{"home":1,"away":1}}}]}"""
        .formatted(FD_ID, KICKOFF);
  }

  private static JsonObject awaitMatch(String matchId, Predicate<JsonObject> wanted)
      throws Exception {
    Api api = new Api(node.base());
    Instant deadline = Instant.now().plusSeconds(30);
    JsonObject last = null;
    while (Instant.now().isBefore(deadline)) {
      Api.Response read = api.get("/api/matches/" + matchId);
      if (read.status() == 200) {
        last = read.json().asJsonObject();
        if (wanted.test(last)) {
          return last;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError(matchId + " never as wanted; last " + last);
  }

  private static int current(JsonObject detail, String side) {
    return detail
        .getJsonObject("match")
        .getJsonObject("score")
        .getJsonObject("current")
        .getInt(side);
  }

  @Test
  void aLiveScoreboardMatchIsFollowedToFullTimeWithItsGoalsAsEvents() throws Exception {
    String matchId = "espn-" + ESPN_ID;
    JsonObject live =
        awaitMatch(matchId, d -> d.getJsonObject("match").getString("status").equals("IN_PLAY"));
    assertEquals("ESPNIT", live.getJsonObject("match").getString("competition"));
    assertEquals(1, current(live, "home"));
    assertEquals(34, live.getJsonObject("match").getInt("minute"));
    assertEquals("espn", live.getJsonArray("events").getJsonObject(0).getString("source"));

    try (WsClient fan = WsClient.connect(node.webSocket())) {
      fan.subscribe("match:" + matchId);
      finished.set(true);
      JsonObject update =
          fan.nextMatching(
              m ->
                  "update".equals(m.getString("type"))
                      && m.getJsonObject("data")
                          .getJsonObject("match")
                          .getString("status")
                          .equals("FINISHED"),
              30);
      assertEquals("feed_update", update.getJsonObject("data").getString("change"));
    }
    JsonObject done = awaitMatch(matchId, d -> d.getJsonArray("events").size() == 2);
    assertEquals(2, current(done, "home"));
    assertEquals("HOME_TEAM", done.getJsonObject("match").getString("winner"));
  }

  @Test
  void anUnknownFootballDataStatusWithAWinnerIsFinishedAndTheKeyGoesInTheHeader() throws Exception {
    JsonObject done =
        awaitMatch(
            "fd-" + FD_ID, d -> d.getJsonObject("match").getString("status").equals("FINISHED"));
    JsonObject score = done.getJsonObject("match").getJsonObject("score");
    assertEquals(2, score.getJsonObject("fullTime").getInt("home"));
    assertEquals(1, score.getJsonObject("halfTime").getInt("away"));
    assertEquals(3, done.getJsonArray("events").size());
    assertTrue(keys.contains("it-fd-key"), keys.toString());
  }

  @Test
  void theSyncStatusAndTheQualityReportShowTheFailingCompetition() throws Exception {
    awaitMatch("fd-" + FD_ID, d -> true);
    Api api = new Api(node.base());
    JsonObject status = api.get("/api/matches/sync-status").json().asJsonObject();
    assertEquals("degraded", status.getString("status"), status.toString());
    JsonObject footballData = feed(status, "football-data");
    assertEquals("failing", footballData.getString("state"));
    assertTrue(
        footballData.getString("lastError").contains("FDBAD: HTTP 503"), footballData.toString());
    assertEquals("ok", feed(status, "espn").getString("state"));

    JsonObject report = api.get("/api/matches/data-quality").json().asJsonObject();
    assertTrue(report.getJsonObject("counts").getInt("feed_error") >= 1, report.toString());

    Prometheus metrics = new Prometheus(node);
    assertTrue(
        metrics.value("hub_feed_errors_total", "feed=\"football-data\"") >= 1,
        metrics.lines("hub_feed"));
    assertEquals(0, metrics.value("hub_feed_errors_total", "feed=\"espn\""));
    assertEquals(1, metrics.value("hub_feed_running", "feed=\"espn\""));
    assertEquals(1, metrics.value("hub_feed_running", "feed=\"football-data\""));
  }

  @Test
  void anOperatorStopsAndStartsAFeedOverJmx() throws Exception {
    String bean = "com.sportshub:type=Feed,name=espn";
    Prometheus metrics = new Prometheus(node);
    try (Jmx jmx = Jmx.attach(node.pid())) {
      awaitPolls(espnPolls.get() + 1);
      assertEquals(true, jmx.attribute(bean, "Running"));
      assertEquals("ok", jmx.attribute(bean, "State"));
      assertTrue(jmx.attribute(bean, "LastRun") != null);
      String failing = "com.sportshub:type=Feed,name=football-data";
      assertEquals("failing", jmx.attribute(failing, "State"));
      assertTrue(((String) jmx.attribute(failing, "LastError")).contains("FDBAD: HTTP 503"));

      jmx.invoke(bean, "stop");
      try {
        assertEquals(false, jmx.attribute(bean, "Running"));
        assertEquals("stopped", jmx.attribute(bean, "State"));
        assertEquals(0, metrics.value("hub_feed_running", "feed=\"espn\""));
        Thread.sleep(500); // a poll under way finishes
        int polls = espnPolls.get();
        Thread.sleep(2_500); // the feed polls every second when it runs
        assertEquals(polls, espnPolls.get(), "no poll while stopped");
      } finally {
        jmx.invoke(bean, "start");
      }
      assertEquals(true, jmx.attribute(bean, "Running"));
      assertEquals(1, metrics.value("hub_feed_running", "feed=\"espn\""));
      awaitPolls(espnPolls.get() + 1);
    }
  }

  private static void awaitPolls(int least) throws InterruptedException {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (espnPolls.get() < least && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(espnPolls.get() >= least, "the stub was polled " + espnPolls.get() + " times");
  }

  private static JsonObject feed(JsonObject status, String name) {
    return status.getJsonArray("feeds").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("feed").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + status));
  }
}

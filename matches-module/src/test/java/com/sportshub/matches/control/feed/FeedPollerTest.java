package com.sportshub.matches.control.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pollers against a real HTTP server on a free loopback port, never the internet. */
class FeedPollerTest {

  private static final Instant NOW = Instant.parse("2026-08-22T15:00:00Z");

  private HttpServer server;
  private final List<HttpExchange> seen = new CopyOnWriteArrayList<>();
  private final List<String> tokens = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String body;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    seen.add(exchange);
    tokens.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Auth-Token")));
    if (status == 429) {
      exchange.getResponseHeaders().add("X-RequestCounter-Reset", "42");
    }
    byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private FeedPoller poller(ScoreSource source, PollPacing pacing) {
    return new FeedPoller(source, new FeedClient(Duration.ofSeconds(5)), pacing, () -> NOW);
  }

  private static PollPacing pacing() {
    return new PollPacing(Duration.ofSeconds(30), Duration.ofMinutes(5), NOW);
  }

  @Test
  void theEspnPollerAsksForEachLeaguesScoreboardAndReadsIt() {
    body = Fixtures.text("/feeds/espn-scoreboard.json");
    FeedPoller.Polled polled =
        poller(new EspnSource(base(), Map.of("eng.1", "PL")), pacing()).poll();
    assertEquals(
        "/apis/site/v2/sports/soccer/eng.1/scoreboard", seen.get(0).getRequestURI().getPath());
    assertEquals(3, polled.matches().size());
    assertEquals("ok", polled.state());
    assertNull(polled.error());
  }

  @Test
  void theFootballDataPollerSendsItsKeyInAHeaderForADayEitherSide() {
    body = Fixtures.text("/feeds/football-data-matches.json");
    FeedPoller.Polled polled =
        poller(new FootballDataSource(base(), "k-123", List.of("PL"), 1), pacing()).poll();
    URI asked = seen.get(0).getRequestURI();
    assertEquals("/v4/competitions/PL/matches", asked.getPath());
    assertEquals("dateFrom=2026-08-21&dateTo=2026-08-23", asked.getQuery());
    assertEquals(List.of("k-123"), tokens);
    assertEquals(3, polled.matches().size());
  }

  @Test
  void aRefusedKeyStopsTheFeed() {
    status = 403;
    PollPacing pacing = pacing();
    FeedPoller.Polled polled =
        poller(new FootballDataSource(base(), "bad", List.of("PL"), 1), pacing).poll();
    assertEquals("stopped", polled.state());
    assertTrue(polled.error().contains("HTTP 403"), polled.error());
    assertNull(pacing.next());
  }

  @Test
  void tooManyRequestsWaitsAsLongAsTheServerSays() {
    status = 429;
    PollPacing pacing = pacing();
    poller(new FootballDataSource(base(), "k", List.of("PL"), 1), pacing).poll();
    assertEquals(NOW.plusSeconds(42), pacing.next());
  }

  @Test
  void anUnreadableAnswerIsAFailureNotACrash() {
    body = "<html>maintenance</html>";
    FeedPoller.Polled polled =
        poller(new EspnSource(base(), Map.of("eng.1", "PL")), pacing()).poll();
    assertEquals("failing", polled.state());
    assertTrue(polled.error().startsWith("PL: unreadable answer"), polled.error());
  }

  @Test
  void anUnreachableServerIsAFailure() {
    URI nowhere = base();
    server.stop(0);
    FeedPoller.Polled polled =
        poller(new EspnSource(nowhere, Map.of("eng.1", "PL")), pacing()).poll();
    assertEquals("failing", polled.state());
  }
}

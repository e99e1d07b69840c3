package com.sportshub.odds.control.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a real HTTP server on a free loopback port, answering per sport path. */
class OddsApiClientTest {

  // Query syntax in the key proves it is encoded as one value.
  private static final String KEY = "s3cret-key&regions=xx";
  private static final Duration TIMEOUT = Duration.ofMillis(500);

  private HttpServer server;
  private ExecutorService handlers;
  private final CountDownLatch releaseSlow = new CountDownLatch(1);
  private final List<URI> received = new CopyOnWriteArrayList<>();
  private String fixture;

  @BeforeEach
  void startServer() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/odds-api/soccer_epl-odds.json")) {
      fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v4/sports/", this::answer);
    handlers = Executors.newCachedThreadPool();
    server.setExecutor(handlers);
    server.start();
  }

  @AfterEach
  void stopServer() {
    releaseSlow.countDown();
    server.stop(0);
    handlers.shutdownNow();
  }

  private void answer(HttpExchange exchange) throws IOException {
    received.add(exchange.getRequestURI());
    String sport = exchange.getRequestURI().getPath().split("/")[3];
    switch (sport) {
      case "soccer_epl" -> {
        exchange.getResponseHeaders().add("x-requests-remaining", "498");
        exchange.getResponseHeaders().add("x-requests-used", "2");
        exchange.getResponseHeaders().add("x-requests-last", "2");
        send(exchange, 200, fixture);
      }
      case "limited" -> {
        exchange.getResponseHeaders().add("Retry-After", "7");
        send(exchange, 429, "{\"message\":\"slow down\",\"error_code\":\"EXCEEDED_FREQ_LIMIT\"}");
      }
      case "broken" -> send(exchange, 500, "{\"message\":\"internal error\"}");
      case "slow" -> {
        awaitRelease();
        send(exchange, 200, "[]");
      }
      default -> send(exchange, 404, "{\"message\":\"unknown sport\"}");
    }
  }

  private void awaitRelease() {
    try {
      releaseSlow.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private OddsApiClient client(URI baseUrl) {
    return new OddsApiClient(
        new OddsApiSettings(
            baseUrl,
            KEY,
            List.of("soccer_epl"),
            "uk,eu",
            "h2h,totals",
            Duration.ofSeconds(30),
            TIMEOUT));
  }

  private OddsApiClient client() {
    // The trailing slash must not double up in the path.
    return client(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> params = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      params.put(
          URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return params;
  }

  private static void assertKeyAbsent(Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    String text = trace.toString();
    assertFalse(text.contains(KEY), text);
    assertFalse(text.contains(URLEncoder.encode(KEY, StandardCharsets.UTF_8)), text);
    assertFalse(text.contains("s3cret"), text);
  }

  @Test
  void returnsTheBodyAsSentWithTheQuotaFromTheHeaders() throws Exception {
    OddsApiResponse response = client().fetchOdds("soccer_epl");

    assertEquals(200, response.status());
    assertEquals(fixture, response.body());
    assertEquals(
        new RateLimit(OptionalInt.of(498), OptionalInt.of(2), OptionalInt.of(2)),
        response.rateLimit());
    assertEquals(Optional.empty(), response.retryAfter());
  }

  @Test
  void asksForDecimalPricesAndIsoDatesWithTheConfiguredRegionsAndMarkets() throws Exception {
    client().fetchOdds("soccer_epl");

    URI sent = received.get(0);
    assertEquals("/v4/sports/soccer_epl/odds", sent.getPath());
    assertEquals(
        Map.of(
            "apiKey", KEY,
            "regions", "uk,eu",
            "markets", "h2h,totals",
            "oddsFormat", "decimal",
            "dateFormat", "iso"),
        query(sent));
  }

  @Test
  void handsBackARateLimitRefusalWithTheWaitTheServerAskedFor() throws Exception {
    OddsApiResponse response = client().fetchOdds("limited");

    assertEquals(429, response.status());
    assertEquals(Optional.of(Duration.ofSeconds(7)), response.retryAfter());
    assertEquals(RateLimit.unknown(), response.rateLimit());
  }

  @Test
  void handsBackAServerErrorAsAnAnswerRatherThanAFailure() throws Exception {
    OddsApiResponse response = client().fetchOdds("broken");

    assertEquals(500, response.status());
    assertEquals("{\"message\":\"internal error\"}", response.body());
    assertFalse(response.successful());
  }

  @Test
  void givesUpOnASlowServerAtTheTimeoutWithoutNamingTheKey() {
    long started = System.nanoTime();

    OddsApiException failure =
        assertThrows(OddsApiException.class, () -> client().fetchOdds("slow"));

    assertTrue(failure.timedOut());
    assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
    assertTrue(failure.getMessage().contains("slow"), failure.getMessage());
    assertKeyAbsent(failure);
  }

  @Test
  void reportsARefusedConnectionWithoutNamingTheKey() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    OddsApiClient client = client(URI.create("http://127.0.0.1:" + closedPort));

    OddsApiException failure =
        assertThrows(OddsApiException.class, () -> client.fetchOdds("soccer_epl"));

    assertFalse(failure.timedOut());
    assertKeyAbsent(failure);
  }

  @Test
  void settingsLeaveTheKeyOutOfTheirText() {
    OddsApiSettings settings =
        new OddsApiSettings(
            URI.create("http://localhost"),
            KEY,
            List.of(),
            "uk",
            "h2h",
            Duration.ofSeconds(30),
            TIMEOUT);

    assertFalse(settings.toString().contains("s3cret"), settings.toString());
    assertTrue(settings.toString().contains("apiKey=***"), settings.toString());
  }
}

package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hub's figures as Prometheus reads them from {@code /metrics}: each one moves when the thing
 * it counts happens.
 */
@ExtendWith(HubNode.class)
class MetricsIT {

  private static final String ADMIN = TestTokens.forRoles("ops", "admin");
  private static final String PUBLISHER = TestTokens.forRoles("feed", "publisher");
  private static final String REFEREE = TestTokens.forRoles("ref", "referee");

  @Test
  void prometheusReadsConnectionsClosesByCodeAndResumes(PayaraMicro hub) throws Exception {
    Prometheus metrics = new Prometheus(hub);
    String channel = "notice:metrics-" + System.nanoTime();
    double refusedBefore = metrics.value("hub_connections_closed_total", "code=\"1003\"");
    double recoveredBefore = metrics.value("hub_resumes_total", "outcome=\"recovered\"");
    try (WsClient reader = WsClient.connect(hub.webSocket())) {
      reader.subscribe(channel);
      new Broadcaster(hub).send(channel, "notice", "{\"n\":1}");
      reader.next("update");
      try (WsClient resumer = WsClient.connect(hub.webSocket())) {
        resumer.resume(channel, 0);
        assertTrue(resumer.next("subscribed").getBoolean("recovered"));
        assertTrue(metrics.value("hub_connections", "") >= 2);
        assertTrue(metrics.value("hub_subscriptions", "") >= 2);
      }
    }
    try (RawWsClient binary = RawWsClient.connect(hub.webSocket())) {
      binary.nextMessage(5_000);
      binary.sendFrame(0x2, new byte[] {1});
      assertEquals(1003, binary.awaitCloseCode(10_000));
    }
    assertEquals(recoveredBefore + 1, metrics.value("hub_resumes_total", "outcome=\"recovered\""));
    assertEquals(
        refusedBefore + 1,
        metrics.awaitAtLeast("hub_connections_closed_total", "code=\"1003\"", refusedBefore + 1));
  }

  @Test
  void anUpdateCountsItsKindItsDeliveriesItsFramesAndItsLag(PayaraMicro hub) throws Exception {
    Prometheus metrics = new Prometheus(hub);
    String channel = "notice:metrics-" + System.nanoTime();
    try (WsClient first = WsClient.connect(hub.webSocket());
        WsClient second = WsClient.connect(hub.webSocket())) {
      first.subscribe(channel);
      second.subscribe(channel);
      double notices = metrics.value("hub_updates_total", "kind=\"notice\"");
      double deliveries = metrics.value("hub_deliveries_total", "");
      double frames = metrics.value("hub_frames_written_total", "");
      double lagSamples = metrics.value(LAG_COUNT, "");

      assertEquals(202, new Broadcaster(hub).send(channel, "notice", "{\"n\":1}").status());
      first.next("update");
      second.next("update");

      assertEquals(
          notices + 1, metrics.awaitAtLeast("hub_updates_total", "kind=\"notice\"", notices + 1));
      assertTrue(
          metrics.awaitAtLeast("hub_deliveries_total", "", deliveries + 2) >= deliveries + 2);
      assertTrue(metrics.awaitAtLeast("hub_frames_written_total", "", frames + 2) >= frames + 2);
      assertTrue(
          metrics.awaitAtLeast(LAG_COUNT, "", lagSamples + 1) >= lagSamples + 1,
          metrics.lines("hub_delivery_lag"));
      double lagMax = metrics.value(LAG_MAX, "");
      assertTrue(lagMax >= 0 && lagMax < 10, "lag in seconds: " + metrics.lines(LAG_MAX));
    }
  }

  /** Payara writes the millisecond histogram in seconds, the Prometheus base unit. */
  private static final String LAG_COUNT = "hub_delivery_lag_seconds_count";

  private static final String LAG_MAX = "hub_delivery_lag_seconds_max";

  @Test
  void refusalsCountByErrorCodeAndAFloodingClientCountsAsRateLimited(PayaraMicro hub)
      throws Exception {
    Prometheus metrics = new Prometheus(hub);
    double invalid = metrics.value("hub_refusals_total", "code=\"INVALID_CHANNEL\"");
    double limited = metrics.value("hub_clients_rate_limited_total", "");
    double rateErrors = metrics.value("hub_refusals_total", "code=\"RATE_LIMITED\"");
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribeExpectingError("no such kind", "INVALID_CHANNEL");
      // the default burst is 40 messages
      for (int i = 0; i < 60; i++) {
        client.send("{\"type\":\"ping\"}");
      }
      client.nextMatching(m -> "RATE_LIMITED".equals(m.getString("code", null)));
    }
    assertEquals(invalid + 1, metrics.value("hub_refusals_total", "code=\"INVALID_CHANNEL\""));
    assertEquals(limited + 1, metrics.value("hub_clients_rate_limited_total", ""));
    assertTrue(metrics.value("hub_refusals_total", "code=\"RATE_LIMITED\"") >= rateErrors + 1);
  }

  @Test
  void theBrokerShowsItsLinkToRedisAndItsBacklog(PayaraMicro hub) throws Exception {
    Prometheus metrics = new Prometheus(hub);
    assertEquals(1, metrics.value("hub_broker_connected", ""), metrics.lines("hub_broker"));
    assertTrue(metrics.scrape().contains("\nhub_broker_waiting{"), metrics.lines("hub_broker"));
    assertEquals(0, metrics.value("hub_broker_waiting", ""));
  }

  @Test
  void anOddsWriteCountsItsChangesItsIntakeTimeAndTheRestWrite(PayaraMicro hub) throws Exception {
    Prometheus metrics = new Prometheus(hub);
    Api api = new Api(hub.base());
    String written = "endpoint=\"POST /api/odds/feed\",status=\"200\"";
    String refused = "endpoint=\"POST /api/odds/feed\",status=\"403\"";
    double changes = metrics.value("hub_odds_changes_total", "");
    double batches = metrics.value("hub_odds_intake_seconds_count", "");
    double writes = metrics.value("hub_rest_writes_total", written);
    double refusals = metrics.value("hub_rest_writes_total", refused);

    Instant at = Instant.now().minusSeconds(60);
    String feed =
        "["
            + FeedMessage.event(FeedMessage.newEventId())
                .h2h("bet365", at, "Arsenal", "2.10", "Draw", "3.40", "Chelsea", "3.60")
                .json()
            + "]";
    assertEquals(200, api.post("/api/odds/feed", PUBLISHER, feed).status());
    assertEquals(403, api.post("/api/odds/feed", REFEREE, feed).status());

    assertEquals(changes + 3, metrics.value("hub_odds_changes_total", ""));
    assertEquals(
        batches + 1, metrics.value("hub_odds_intake_seconds_count", ""), metrics.lines("hub_odds"));
    assertEquals(writes + 1, metrics.value("hub_rest_writes_total", written));
    assertEquals(
        refusals + 1, metrics.value("hub_rest_writes_total", refused), metrics.lines("hub_rest"));
  }

  @Test
  void aFeedShowsWhetherItRuns(PayaraMicro hub) throws Exception {
    Prometheus metrics = new Prometheus(hub);
    Api api = new Api(hub.base());
    String odds = "feed=\"odds\"";
    assertEquals(0, metrics.value("hub_feed_running", odds), metrics.lines("hub_feed"));
    assertEquals(200, api.post("/api/odds/publisher", ADMIN, "").status());
    try {
      assertEquals(1, metrics.value("hub_feed_running", odds));
    } finally {
      assertEquals(200, api.delete("/api/odds/publisher", ADMIN).status());
    }
    assertEquals(0, metrics.value("hub_feed_running", odds));
    assertTrue(metrics.scrape().contains("feed=\"racing-simulator\""), metrics.lines("hub_feed"));
    assertTrue(metrics.scrape().contains("feed=\"match-simulator\""), metrics.lines("hub_feed"));
  }

  @Test
  void updatesHeldBackByARaceChannelsRateAreCountedAsConflated(PayaraMicro hub) throws Exception {
    Prometheus metrics = new Prometheus(hub);
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(3);
    double conflated = metrics.value("hub_conflated_updates_total", "");

    // within the race channel's second: the first goes out, the next two wait and merge
    RacingDesk.ok(200, desk.price(raceId, 1, "5/2"));
    RacingDesk.ok(200, desk.price(raceId, 2, "3/1"));
    RacingDesk.ok(200, desk.price(raceId, 3, "9/2"));

    assertTrue(
        metrics.awaitAtLeast("hub_conflated_updates_total", "", conflated + 1) >= conflated + 1,
        metrics.lines("hub_conflated"));
  }
}

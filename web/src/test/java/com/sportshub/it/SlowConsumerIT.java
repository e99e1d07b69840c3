package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading is first conflated (it gets the latest state of its channels instead
 * of the backlog), then, when that does not help, closed with 4008; it never holds anyone else
 * back.
 *
 * <p>Its own node, with a send queue of {@value #SEND_QUEUE} frames (conflated from half of that):
 * the default of 1024 would take thousands of updates to fill. A client stops reading by not
 * reading its socket, whose receive buffer is small. The tests first broadcast one message larger
 * than everything the kernel and the server's connection buffer for a client (see {@link
 * #pipeBytes}), then a small one: the hub hands a connection one write at a time, so while the
 * client does not read, the big one stays under way and every frame after it waits in the client's
 * send queue, where the tests can count them.
 */
class SlowConsumerIT {

  private static final int SEND_QUEUE = 32;
  private static final int CONFLATE_AT = SEND_QUEUE / 2;
  private static final int SMALL_RECEIVE_BUFFER = 4096;
  private static final int READ_TIMEOUT_MS = 20_000;
  private static final String PUBLISHER = TestTokens.forRoles("feed", "publisher");
  private static final Instant T0 = Instant.now().minusSeconds(600);

  private static final String SLOW_CLOSED = "hub_slow_consumers_closed_total";

  private static PayaraMicro node;

  @BeforeAll
  static void boot() throws Exception {
    node =
        PayaraMicro.boot(
            "slow",
            TestSettings.redisUrl(),
            Map.of(
                "HUB_WS_SEND_QUEUE",
                String.valueOf(SEND_QUEUE),
                // the stalled clients answer no ping; they must not be closed for silence
                "HUB_WS_HEARTBEAT_MS",
                "120000",
                // room for the broadcast that fills the pipe
                "HUB_HTTP_MAX_BODY_BYTES",
                String.valueOf(pipeBytes() + (1 << 20))));
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void aClientThatStopsReadingIsClosedWith4008WhileAReaderOfItsChannelGetsEveryUpdate()
      throws Exception {
    String channel = notice();
    Prometheus metrics = new Prometheus(node);
    double closedFull = metrics.value(SLOW_CLOSED, "why=\"queue_full\"");
    try (RawWsClient stalled = RawWsClient.connect(node.webSocket(), SMALL_RECEIVE_BUFFER);
        WsClient reader = WsClient.connect(node.webSocket())) {
      subscribe(stalled, channel);
      reader.subscribe(channel);
      Broadcaster newsroom = new Broadcaster(node);
      fillThePipe(newsroom, channel, reader);

      // Past a full queue: notices cannot be conflated, so the client is closed when it fills up.
      int notices = SEND_QUEUE + CONFLATE_AT;
      for (int n = 1; n <= notices; n++) {
        assertEquals(202, newsroom.send(channel, "notice", "{\"n\":" + n + "}").status());
      }

      assertEquals(1, seq(stalled.nextMessage(READ_TIMEOUT_MS)), "the big message");
      // the small one behind it may already be on its way; what still waits is dropped at close
      assertEquals(4008, stalled.awaitCloseCode(READ_TIMEOUT_MS));
      assertEquals(closedFull + 1, metrics.value(SLOW_CLOSED, "why=\"queue_full\""));
      for (int n = 1; n <= notices; n++) {
        JsonObject update = reader.next("update");
        assertEquals(PIPE_MESSAGES + n, seq(update), "every update, in order");
        assertEquals(n, update.getJsonObject("data").getInt("n"));
      }
    }
  }

  @Test
  void aClientThatFellBehindGetsTheLatestStateInsteadOfTheBacklogAndStaysConnected()
      throws Exception {
    String notice = notice();
    String watched = "odds:event:" + newEvent();
    String busy = "odds:event:" + newEvent();
    Prometheus metrics = new Prometheus(node);
    double conflations = metrics.value("hub_clients_conflated_total", "");
    try (RawWsClient stalled = RawWsClient.connect(node.webSocket(), SMALL_RECEIVE_BUFFER);
        WsClient reader = WsClient.connect(node.webSocket())) {
      Map<String, Long> subscribedAt = subscribe(stalled, notice, watched, busy);
      reader.subscribe(notice);
      fillThePipe(new Broadcaster(node), notice, reader);

      // The watched event's updates wait; the busy event's bring the queue to the mark, which
      // conflates both. The rest of the busy event's updates follow its snapshot, well below the
      // mark again, so the client stays.
      int watchedWrites = 4;
      int busyWrites = CONFLATE_AT - watchedWrites + CONFLATE_AT / 2;
      for (int i = 1; i <= watchedWrites; i++) {
        writePrices(watched, i);
      }
      for (int i = 1; i <= busyWrites; i++) {
        writePrices(busy, i);
      }
      long watchedSeq = subscribedAt.get(watched) + watchedWrites;
      long busySeq = subscribedAt.get(busy) + busyWrites;

      for (int i = 0; i < PIPE_MESSAGES; i++) {
        assertEquals(notice, stalled.nextMessage(READ_TIMEOUT_MS).getString("channel"));
      }
      List<JsonObject> received = readUntil(stalled, busy, busySeq);

      List<JsonObject> onWatched = on(watched, received);
      assertEquals(1, onWatched.size(), "one conflated subscribed, no update: " + brief(onWatched));
      JsonObject conflated = onWatched.get(0);
      assertEquals("subscribed", conflated.getString("type"));
      assertTrue(conflated.getBoolean("conflated", false), conflated.toString());
      assertFalse(conflated.getBoolean("recovered"));
      assertEquals(watchedSeq, seq(conflated));
      assertEquals(
          Map.of(
              "Home", price(2, watchedWrites).stripTrailingZeros(),
              "Away", price(1, watchedWrites).stripTrailingZeros()),
          prices(conflated.getJsonObject("snapshot")),
          "the latest prices written");

      List<JsonObject> onBusy = on(busy, received);
      JsonObject busySnapshot = onBusy.get(0);
      assertTrue(busySnapshot.getBoolean("conflated", false), busySnapshot.toString());
      long expected = seq(busySnapshot);
      for (JsonObject update : onBusy.subList(1, onBusy.size())) {
        assertEquals("update", update.getString("type"));
        assertEquals(++expected, seq(update), "updates follow the snapshot's seq, each once");
      }
      assertEquals(busySeq, expected);

      stalled.send("{\"type\":\"ping\"}");
      assertEquals("pong", stalled.nextMessage(READ_TIMEOUT_MS).getString("type"));
      assertEquals(conflations + 1, metrics.value("hub_clients_conflated_total", ""));
    }
  }

  private static String notice() {
    return "notice:slow-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Reads the welcome, subscribes, and returns each channel's seq from its {@code subscribed}. */
  private static Map<String, Long> subscribe(RawWsClient client, String... channels)
      throws IOException {
    assertEquals("welcome", client.nextMessage(READ_TIMEOUT_MS).getString("type"));
    client.send(
        "{\"type\":\"subscribe\",\"channels\":[\"" + String.join("\",\"", channels) + "\"]}");
    Map<String, Long> seqs = new LinkedHashMap<>();
    for (int i = 0; i < channels.length; i++) {
      JsonObject subscribed = client.nextMessage(READ_TIMEOUT_MS);
      assertEquals("subscribed", subscribed.getString("type"), subscribed.toString());
      seqs.put(subscribed.getString("channel"), seq(subscribed));
    }
    return seqs;
  }

  /** The big message that fills the pipe and the small one queued behind it. */
  private static final int PIPE_MESSAGES = 2;

  /**
   * Broadcasts the {@link #PIPE_MESSAGES} and waits until the reader has them: by then the hub has
   * handed them to every member of the channel.
   */
  private static void fillThePipe(Broadcaster newsroom, String channel, WsClient reader)
      throws Exception {
    Api.Response big =
        newsroom.send(channel, "notice", "{\"pad\":\"" + "x".repeat(pipeBytes()) + "\"}");
    assertEquals(202, big.status(), big.body());
    assertEquals(202, newsroom.send(channel, "notice", "{\"behind\":\"the big one\"}").status());
    assertEquals(1, seq(reader.next("update")));
    assertEquals(2, seq(reader.next("update")));
  }

  /**
   * More than the kernel and the server can hold for a client that does not read: the kernel's
   * largest TCP send buffer (net.ipv4.tcp_wmem, 4 MiB by default; the receive side is kept small),
   * and Grizzly's own queue of a connection, which takes up to four times the socket's send buffer
   * before it reports the connection as not ready for more. 24 MiB where the kernel's figure cannot
   * be read.
   */
  private static int pipeBytes() {
    try {
      String[] sizes =
          Files.readString(Path.of("/proc/sys/net/ipv4/tcp_wmem")).trim().split("\\s+");
      return 6 * Integer.parseInt(sizes[2]);
    } catch (IOException | RuntimeException e) {
      return 24 << 20;
    }
  }

  private static String newEvent() throws Exception {
    String eventId = FeedMessage.newEventId();
    writePrices("odds:event:" + eventId, 0);
    return eventId;
  }

  /** The event's Home and Away prices for the {@code i}th write: 2.0i and 1.8(0-i). */
  private static void writePrices(String channel, int i) throws Exception {
    String eventId = channel.substring("odds:event:".length());
    String body =
        FeedMessage.event(eventId)
            .h2h(
                "bet365",
                T0.plusSeconds(i),
                "Home",
                price(2, i).toPlainString(),
                "Away",
                price(1, i).toPlainString())
            .json();
    Api.Response answer = new Api(node.base()).post("/api/odds/feed", PUBLISHER, body);
    assertEquals(200, answer.status(), answer.body());
  }

  /** Home (2.00 up by i hundredths) or Away (1.80 down by i hundredths). */
  private static BigDecimal price(int side, int i) {
    return side == 2 ? BigDecimal.valueOf(200 + i, 2) : BigDecimal.valueOf(180 - i, 2);
  }

  private static Map<String, BigDecimal> prices(JsonObject snapshot) {
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    for (JsonObject price :
        snapshot
            .getJsonArray("events")
            .getJsonObject(0)
            .getJsonArray("prices")
            .getValuesAs(JsonObject.class)) {
      prices.put(
          price.getString("outcome"),
          price.getJsonNumber("price").bigDecimalValue().stripTrailingZeros());
    }
    return prices;
  }

  /** Every message until the channel reaches {@code seq}, by an update or a subscribed. */
  private static List<JsonObject> readUntil(RawWsClient client, String channel, long seq)
      throws IOException {
    List<JsonObject> received = new ArrayList<>();
    while (true) {
      JsonObject message = client.nextMessage(READ_TIMEOUT_MS);
      received.add(message);
      if (channel.equals(message.getString("channel", null)) && seq(message) >= seq) {
        return received;
      }
    }
  }

  private static List<JsonObject> on(String channel, List<JsonObject> messages) {
    return messages.stream().filter(m -> channel.equals(m.getString("channel", null))).toList();
  }

  /** Type and seq of each message, for a failure's message. */
  private static List<String> brief(List<JsonObject> messages) {
    return messages.stream().map(m -> m.getString("type") + " " + m.get("seq")).toList();
  }

  private static long seq(JsonObject message) {
    return message.getJsonNumber("seq").longValue();
  }
}

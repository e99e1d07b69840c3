package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every limit is a clear error or close code for the client that breaks it, and everyone else
 * carries on. The test node runs with 1 s heartbeats and one allowed origin (see HubNode).
 */
@ExtendWith(HubNode.class)
class SocketLimitsIT {

  @Test
  void messagesBeyondTheRateAreRefusedWithRateLimited(PayaraMicro hub) throws Exception {
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      for (int i = 0; i < 60; i++) {
        client.send("{\"type\":\"ping\",\"id\":" + i + "}");
      }
      JsonObject refusal = client.nextMatching(m -> "error".equals(m.getString("type")));
      assertEquals("RATE_LIMITED", refusal.getString("code"));
    }
  }

  /**
   * A raw socket, because the server closes while the flood is still arriving: the unread frames
   * make its kernel reset the connection, and the JDK client then reports its failed send instead
   * of the close frame it had already received. The raw socket still reads what arrived first.
   */
  @Test
  void aClientThatKeepsFloodingIsClosed(PayaraMicro hub) throws Exception {
    try (RawWsClient flooder = RawWsClient.connect(hub.webSocket())) {
      try {
        for (int i = 0; i < 400; i++) {
          flooder.send("{\"type\":\"ping\"}");
        }
      } catch (IOException closedMeanwhile) {
        // the server closed while we flooded: that is what this test waits for
      }
      assertEquals(4029, flooder.awaitCloseCode(10_000));
    }
  }

  @Test
  void aFrameLargerThanTheLimitClosesThatConnectionWith1009(PayaraMicro hub) throws Exception {
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.sendQuietly("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(20_000) + "\"}");
      assertEquals(1009, client.closeCode());
    }
  }

  /**
   * Browsers and common libraries send a message as one frame; the limit holds on the length the
   * frame's header declares, so the server closes before a byte of the body has arrived.
   */
  @Test
  void aSingleFrameDeclaringMoreThanTheLimitIsClosedWith1009BeforeItsBody(PayaraMicro hub)
      throws Exception {
    try (RawWsClient client = RawWsClient.connect(hub.webSocket())) {
      client.nextMessage(5_000); // welcome
      client.sendHeaderOnly(20_000);
      assertEquals(1009, client.awaitCloseCode(10_000));
    }
  }

  @Test
  void aSingleFrameOfTwoMegabytesIsClosedWith1009AndOthersCarryOn(PayaraMicro hub)
      throws Exception {
    try (RawWsClient big = RawWsClient.connect(hub.webSocket());
        RawWsClient other = RawWsClient.connect(hub.webSocket())) {
      big.nextMessage(5_000);
      other.nextMessage(5_000);
      try {
        big.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(2_000_000) + "\"}");
      } catch (IOException closedMeanwhile) {
        // the server closed while the body was still being sent: what this test waits for
      }
      assertEquals(1009, big.awaitCloseCode(10_000));
      other.send("{\"type\":\"ping\",\"id\":1}");
      assertEquals("pong", other.nextMessage(5_000).getString("type"));
    }
  }

  @Test
  void aSingleFrameOfExactlyTheLimitIsRead(PayaraMicro hub) throws Exception {
    try (RawWsClient client = RawWsClient.connect(hub.webSocket())) {
      client.nextMessage(5_000);
      String head = "{\"type\":\"ping\",\"id\":7,\"pad\":\"";
      String message = head + "x".repeat(16_384 - head.length() - 2) + "\"}";
      assertEquals(16_384, message.length());
      client.send(message);
      JsonObject pong = client.nextMessage(5_000);
      assertEquals("pong", pong.getString("type"));
      assertEquals(7, pong.getInt("id"));
    }
  }

  @Test
  void aBinaryFrameIsRefusedWith1003(PayaraMicro hub) throws Exception {
    try (RawWsClient client = RawWsClient.connect(hub.webSocket())) {
      client.nextMessage(5_000);
      client.sendFrame(0x2, new byte[] {1, 2, 3});
      assertEquals(1003, client.awaitCloseCode(10_000));
    }
  }

  /**
   * Requests the reader or the dispatcher cannot take each get an {@code error} saying why (with
   * the field at fault where there is one), sent as one frame as a browser would; none leaves a
   * stack trace in the log, and the connection goes on.
   */
  @Test
  void everyUnreadableRequestIsAnsweredAndNoneLogsAStackTrace(PayaraMicro hub) throws Exception {
    String[][] cases = {
      {"{\"type\":\"subscribe\",\"channel\":7}", "channel"},
      {"{\"type\":\"subscribe\",\"channels\":[\"news\",null]}", "channels[1]"},
      {"{\"type\":\"subscribe\",\"channels\":\"news\"}", "channels"},
      {"{\"type\":\"unsubscribe\",\"channel\":null}", "channel"},
      {"{\"type\":\"subscribe\",\"channel\":\"news\",\"since\":{\"news\":1e400}}", "since.news"},
      {
        "{\"type\":\"subscribe\",\"channel\":\"news\",\"since\":{\"news\":9007199254740993}}",
        "since.news"
      },
      {"{\"type\":\"subscribe\",\"channel\":\"news\",\"since\":{\"news\":-1}}", "since.news"},
      {"{\"type\":\"subscribe\",\"channel\":\"news\",\"since\":{\"news\":2.5}}", "since.news"},
      {"{\"type\":\"subscribe\",\"channel\":\"news\",\"since\":3}", "since"},
      {"{\"type\":\"ping\",\"id\":1" + "0".repeat(40) + "}", "id"},
      {"{\"type\":\"ping\",\"id\":{\"a\":1}}", "id"},
      {"{\"type\":\"ping\",\"id\":1" + "0".repeat(3000) + "}", null},
      {"{\"type\":\"ping\",\"id\":" + "[".repeat(5000) + "]".repeat(5000) + "}", null},
    };
    try (RawWsClient client = RawWsClient.connect(hub.webSocket())) {
      client.nextMessage(5_000);
      for (String[] request : cases) {
        client.send(request[0]);
        JsonObject error = client.nextMessage(5_000);
        String what = request[0].substring(0, Math.min(80, request[0].length()));
        assertEquals("error", error.getString("type"), what);
        assertEquals("BAD_REQUEST", error.getString("code"), what);
        assertEquals(request[1], error.getString("field", null), what);
      }
      client.send("{\"type\":\"ping\",\"id\":\"still-here\"}");
      assertEquals("still-here", client.nextMessage(5_000).getString("id"));
    }
    String log = hub.logText();
    assertFalse(log.contains("NullPointerException"), "a NullPointerException in the log");
    assertFalse(log.matches("(?s).*\\n\\s+at com\\.sportshub\\..*"), "a stack trace in the log");
  }

  @Test
  void aFloodOfMalformedFramesIsAnsweredEachWithAnErrorWhileOthersKeepReceiving(PayaraMicro hub)
      throws Exception {
    String channel = "notice:malformed-" + System.nanoTime();
    try (WsClient bad = WsClient.connect(hub.webSocket());
        WsClient good = WsClient.connect(hub.webSocket())) {
      good.subscribe(channel);
      String[] garbage = {"{", "[]", "42", "\"x\"", "{\"type\":7}", "{\"type\":\"nope\"}", "null"};
      for (int i = 0; i < 35; i++) {
        bad.send(garbage[i % garbage.length]);
      }
      for (int i = 0; i < 35; i++) {
        assertEquals("error", bad.next().getString("type"));
      }
      new Broadcaster(hub).send(channel, "notice", "{\"still\":\"here\"}");

      assertEquals("here", good.next("update").getJsonObject("data").getString("still"));
      bad.send("{\"type\":\"ping\"}");
      bad.next("pong");
    }
  }

  @Test
  void aBrowserPageFromAnotherOriginIsRefusedAtTheHandshake(PayaraMicro hub) {
    CompletionException refused =
        assertThrows(
            CompletionException.class,
            () -> WsClient.connectFrom(hub.webSocket(), "https://evil.example"));
    assertTrue(refused.getCause() instanceof WebSocketHandshakeException, refused.toString());
    assertEquals(
        403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
  }

  @Test
  void aBrowserPageFromAnAllowedOriginConnects(PayaraMicro hub) throws Exception {
    try (WsClient client = WsClient.connectFrom(hub.webSocket(), "https://fans.example")) {
      assertEquals("welcome", client.next().getString("type"));
    }
  }

  @Test
  void aClientThatAnswersHeartbeatsStaysConnected(PayaraMicro hub) throws Exception {
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      Thread.sleep(3_500);
      client.send("{\"type\":\"ping\"}");
      client.next("pong");
    }
  }

  @Test
  void aClientThatGoesSilentIsClosedAfterTwoHeartbeats(PayaraMicro hub) throws Exception {
    try (RawWsClient silent = RawWsClient.connect(hub.webSocket())) {
      assertEquals(4002, silent.awaitCloseCode(10_000));
    }
  }
}

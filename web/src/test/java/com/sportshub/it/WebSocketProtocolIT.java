package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The basics of the /ws protocol: welcome, ping, and an error for each kind of bad message. */
@ExtendWith(HubNode.class)
class WebSocketProtocolIT {

  @Test
  void theWelcomeNamesTheConnectionTheNodeTheHeartbeatAndTheLimits(PayaraMicro hub)
      throws Exception {
    try (WsClient client = WsClient.connectFrom(hub.webSocket(), null)) {
      JsonObject welcome = client.next("welcome");
      assertEquals(1, welcome.getInt("protocolVersion"));
      assertEquals(1000, welcome.getInt("heartbeatMs"));
      assertEquals(16384, welcome.getJsonObject("limits").getInt("maxFrameBytes"));
      assertEquals(50, welcome.getJsonObject("limits").getInt("maxSubscriptions"));
      assertEquals(3, welcome.getJsonObject("limits").getInt("connectionsPerUser"));
      assertEquals(false, welcome.getString("connectionId").isEmpty());
      assertEquals(false, welcome.getString("node").isEmpty());
    }
  }

  @Test
  void aSeedDesignsSubscribeMessageWorksUnchanged(PayaraMicro hub) throws Exception {
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.send("{\"type\":\"subscribe\",\"sport\":\"basketball_nba\"}");
      assertEquals("odds:basketball_nba", client.next("subscribed").getString("channel"));
    }
  }

  @Test
  void aPingIsAnsweredWithAPongCarryingTheSameId(PayaraMicro hub) throws Exception {
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.send("{\"type\":\"ping\",\"id\":42}");
      JsonObject pong = client.next("pong");
      assertEquals(42, pong.getInt("id"));
    }
  }

  @Test
  void malformedJsonGetsABadRequestErrorAndTheConnectionStaysUsable(PayaraMicro hub)
      throws Exception {
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.send("{not json");
      assertEquals("BAD_REQUEST", client.next("error").getString("code"));
      client.send("{\"type\":\"ping\"}");
      client.next("pong");
    }
  }

  @Test
  void anUnknownTypeGetsAnUnknownTypeError(PayaraMicro hub) throws Exception {
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.send("{\"type\":\"teleport\",\"id\":\"a\"}");
      JsonObject error = client.next("error");
      assertEquals("UNKNOWN_TYPE", error.getString("code"));
      assertEquals("a", error.getString("id"));
    }
  }

  @Test
  void aMalformedChannelNameGetsAnInvalidChannelError(PayaraMicro hub) throws Exception {
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.send("{\"type\":\"subscribe\",\"channel\":\"odds:../../etc\"}");
      assertEquals("INVALID_CHANNEL", client.next("error").getString("code"));
    }
  }
}

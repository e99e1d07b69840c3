package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tokens on the socket: who may read a user channel, expiry, and connections per user. */
@ExtendWith(HubNode.class)
class SocketAuthIT {

  private static String user() {
    return "fan-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void anAuthMessageWithAValidTokenNamesTheSubjectAndRoles(PayaraMicro hub) throws Exception {
    String fan = user();
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      JsonObject answer = client.authenticate(TestTokens.forRoles(fan, "referee"));

      assertEquals("authenticated", answer.getString("type"));
      assertEquals(fan, answer.getString("subject"));
      assertEquals("referee", answer.getJsonArray("roles").getString(0));
      assertTrue(Instant.parse(answer.getString("expiresAt")).isAfter(Instant.now()));
    }
  }

  @Test
  void aTokenInTheQueryParameterAuthenticatesTheUpgrade(PayaraMicro hub) throws Exception {
    String fan = user();
    try (WsClient client =
        WsClient.connectWithToken(hub.webSocket(), TestTokens.forRoles(fan, "publisher"))) {
      assertEquals(fan, client.next("authenticated").getString("subject"));
    }
  }

  @Test
  void forgedAndExpiredTokensAreRefusedAndTheConnectionCarriesOn(PayaraMicro hub) throws Exception {
    String token = TestTokens.forRoles(user(), "admin");
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      assertEquals("UNAUTHORIZED", client.authenticate(forged).getString("code"));
      assertEquals(
          "TOKEN_EXPIRED", client.authenticate(TestTokens.expired(user())).getString("code"));
      client.send("{\"type\":\"ping\"}");
      client.next("pong");
    }
  }

  @Test
  void aUserChannelIsReadOnlyByItsUser(PayaraMicro hub) throws Exception {
    String alice = user();
    String bob = user();
    try (WsClient anonymous = WsClient.connect(hub.webSocket());
        WsClient asBob = WsClient.connect(hub.webSocket());
        WsClient asAlice = WsClient.connect(hub.webSocket())) {
      anonymous.subscribeExpectingError("user:" + alice, "UNAUTHORIZED");
      asBob.authenticate(TestTokens.forRoles(bob));
      asBob.subscribeExpectingError("user:" + alice, "FORBIDDEN");
      asAlice.authenticate(TestTokens.forRoles(alice));
      asAlice.subscribe("user:" + alice);

      new Broadcaster(hub).send("user:" + alice, "notification", "{\"text\":\"your horse won\"}");

      JsonObject note = asAlice.next("update");
      assertEquals("notification", note.getString("event"));
      assertEquals("your horse won", note.getJsonObject("data").getString("text"));
    }
  }

  @Test
  void anExpiringTokenDropsTheConnectionToAnonymousAndItsUserChannel(PayaraMicro hub)
      throws Exception {
    String fan = user();
    Instant now = Instant.now();
    String shortLived =
        TestTokens.minted(fan, now.minusSeconds(10), now.plus(Duration.ofSeconds(2)));
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      assertEquals("authenticated", client.authenticate(shortLived).getString("type"));
      client.subscribe("user:" + fan);

      JsonObject expired = client.next("error");
      assertEquals("TOKEN_EXPIRED", expired.getString("code"));
      client.send("{\"type\":\"subscriptions\"}");
      assertEquals(0, client.next("subscriptions").getJsonArray("channels").size());
    }
  }

  @Test
  void aUserMayHoldThreeConnectionsAndTheFourthIsClosed(PayaraMicro hub) throws Exception {
    String fan = user();
    List<WsClient> open = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        WsClient client = WsClient.connect(hub.webSocket());
        open.add(client);
        assertEquals(
            "authenticated", client.authenticate(TestTokens.forRoles(fan)).getString("type"));
      }
      WsClient fourth = WsClient.connect(hub.webSocket());
      open.add(fourth);

      assertEquals(
          "TOO_MANY_CONNECTIONS", fourth.authenticate(TestTokens.forRoles(fan)).getString("code"));
      assertEquals(4009, fourth.closeCode());
    } finally {
      open.forEach(WsClient::close);
    }
  }
}

package com.sportshub.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.it.Api;
import com.sportshub.it.TestSettings;
import com.sportshub.it.TestTokens;
import com.sportshub.it.WsClient;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The EAR on a full Payara Server does the same round trip as the WAR on Payara Micro. */
class EarRoundTripIT {

  private static PayaraServer server;

  @BeforeAll
  static void deploy() throws Exception {
    TestSettings.freshDatabase();
    server = PayaraServer.withEarDeployed();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aPriceWrittenOverRestReachesAWebSocketSubscriber() throws Exception {
    String eventId = "ear-" + UUID.randomUUID();
    try (WsClient watcher = WsClient.connect(server.webSocket())) {
      // The sport's channel: its snapshot comes from the odds module's published query.
      watcher.subscribe("odds:tennis_atp");

      Api.Response write =
          new Api(server.base())
              .post(
                  "/api/odds/feed",
                  TestTokens.forRoles("feed", "publisher"),
                  """
                  {"id":"%s","sport_key":"tennis_atp","commence_time":"2030-01-01T12:00:00Z",\
                  "home_team":"Sinner","away_team":"Alcaraz","bookmakers":[{"key":"pinnacle",\
                  "last_update":"2026-11-22T10:00:00Z","markets":[{"key":"h2h","outcomes":[\
                  {"name":"Sinner","price":1.45},{"name":"Alcaraz","price":2.8}]}]}]}"""
                      .formatted(eventId));
      assertEquals(200, write.status(), write.body() + "\n" + server.serverLogTail());

      JsonObject update = watcher.next("update");
      assertEquals("odds:tennis_atp", update.getString("channel"));
      JsonObject event = update.getJsonObject("data").getJsonArray("events").getJsonObject(0);
      assertEquals(eventId, event.getString("eventId"));
      assertEquals("odds_update", update.getString("event"));
      assertEquals("Sinner", event.getJsonArray("prices").getJsonObject(0).getString("outcome"));
    }
  }

  @Test
  void writesWithoutATokenAreRefused() throws Exception {
    Api.Response refused = new Api(server.base()).post("/api/odds/feed", null, "{}");
    assertEquals(401, refused.status(), refused.body());
  }
}

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
                  "/api/odds/prices",
                  TestTokens.forRoles("feed", "publisher"),
                  """
                  {"eventId":"%s","sportKey":"tennis_atp","market":"h2h","outcome":"Sinner",\
                  "bookmaker":"pinnacle","price":1.45}"""
                      .formatted(eventId));
      assertEquals(200, write.status(), write.body() + "\n" + server.serverLogTail());

      JsonObject update = watcher.next("update");
      assertEquals("odds:tennis_atp", update.getString("channel"));
      assertEquals(eventId, update.getJsonObject("data").getString("eventId"));
      assertEquals("odds_update", update.getString("event"));
      assertEquals(
          "Sinner",
          update
              .getJsonObject("data")
              .getJsonArray("prices")
              .getJsonObject(0)
              .getString("outcome"));
    }
  }

  @Test
  void writesWithoutATokenAreRefused() throws Exception {
    assertEquals(401, new Api(server.base()).post("/api/odds/prices", null, "{}").status());
  }
}

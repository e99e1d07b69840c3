package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Operators see the database and the broker in the readiness report, and the write path. */
@ExtendWith(HubNode.class)
class HealthIT {

  @Test
  void readinessReportsTheDatabaseAndTheRedisBrokerUp(PayaraMicro hub) throws Exception {
    Api.Response ready = new Api(hub.base()).get("/health/ready");

    assertEquals(200, ready.status(), ready.body());
    Map<String, String> checks =
        ready.json().asJsonObject().getJsonArray("checks").stream()
            .map(JsonObject.class::cast)
            .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    assertEquals(Map.of("database", "UP", "broker", "UP", "drain", "UP", "warm-up", "UP"), checks);
  }

  @Test
  void aNodeRunsItsWritePathBeforeItSaysItIsReady() throws Exception {
    try (PayaraMicro hub = PayaraMicro.boot("warm", null, Map.of("HUB_WARM_UP_REQUESTS", "300"))) {
      JsonObject warmUp =
          new Api(hub.base())
              .get("/health/ready").json().asJsonObject().getJsonArray("checks").stream()
                  .map(JsonObject.class::cast)
                  .filter(c -> c.getString("name").equals("warm-up"))
                  .findFirst()
                  .orElseThrow();

      assertEquals("UP", warmUp.getString("status"));
      // every request went over loopback to the node's own port and was refused for want of a token
      String summary = warmUp.getJsonObject("data").getString("warm-up");
      assertTrue(summary.matches("300 requests in \\d+ ms"), summary);
      assertEquals(401, new Api(hub.base()).get("/api/node").status(), "the API still guards");
    }
  }

  @Test
  void livenessNamesTheFastWritePathOnceAClientIsConnected(PayaraMicro hub) throws Exception {
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.send("{\"type\":\"ping\"}");
      client.next("pong");

      JsonObject websocket =
          new Api(hub.base())
              .get("/health/live").json().asJsonObject().getJsonArray("checks").stream()
                  .map(JsonObject.class::cast)
                  .filter(c -> c.getString("name").equals("websocket"))
                  .findFirst()
                  .orElseThrow();
      assertEquals("grizzly", websocket.getJsonObject("data").getString("writePath"));
    }
  }

  @Test
  void theProtocolForMachinesIsServed(PayaraMicro hub) throws Exception {
    Api.Response asyncApi = new Api(hub.base()).get("/asyncapi.yaml");
    assertEquals(200, asyncApi.status());
    assertTrue(asyncApi.body().startsWith("asyncapi: 3.0.0"), asyncApi.body());
  }
}

package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admins start, watch and stop the match simulator (on by default in the run command, off in the
 * tests): while it runs, its league's matches kick off and reach the live list.
 */
@ExtendWith(HubNode.class)
class MatchSimulatorIT {

  @Test
  void theSimulatorPlaysLiveMatchesWhileStartedAndStopsWhenStopped(PayaraMicro hub)
      throws Exception {
    Api api = new Api(hub.base());
    try (WsClient fan = WsClient.connect(hub.webSocket())) {
      fan.send("{\"type\":\"subscribe\",\"channel\":\"matches:live\"}");
      fan.next("system_status");
      fan.next("subscribed");

      Api.Response started = api.post("/api/matches/simulator", Referee.ADMIN, "");
      JsonObject live;
      try {
        assertEquals(200, started.status(), started.body());
        assertEquals("running", started.json().asJsonObject().getString("status"));
        live =
            fan.nextMatching(
                m ->
                    "live_matches_update".equals(m.getString("event", null))
                        && m.getJsonObject("data").toString().contains("\"source\":\"simulator\""),
                30);
      } finally {
        Api.Response stopped = api.delete("/api/matches/simulator", Referee.ADMIN);
        assertEquals("stopped", stopped.json().asJsonObject().getString("status"));
      }

      JsonObject simulated =
          live.getJsonObject("data").getJsonArray("matches").getValuesAs(JsonObject.class).stream()
              .filter(m -> m.getString("source").equals("simulator"))
              .findFirst()
              .orElseThrow();
      assertEquals("SIM", simulated.getString("competition"));
      JsonObject status = api.get("/api/matches/simulator", Referee.ADMIN).json().asJsonObject();
      assertTrue(status.getJsonNumber("commandsApplied").longValue() > 0, status.toString());
      JsonObject table = api.get("/api/matches/standings/SIM?live=true").json().asJsonObject();
      assertTrue(table.getJsonArray("rows").size() >= 2, table.toString());
    }
  }

  @Test
  void onlyAdminsControlTheSimulator(PayaraMicro hub) throws Exception {
    Api api = new Api(hub.base());
    assertEquals(401, api.get("/api/matches/simulator", null).status());
    assertEquals(
        403,
        api.post("/api/matches/simulator", TestTokens.forRoles("ref", "referee"), "").status());
  }
}

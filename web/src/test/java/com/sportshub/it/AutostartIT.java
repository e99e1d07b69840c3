package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hub as the run command starts it: a database it has never seen, and the odds publisher, the
 * race-day simulator and the match simulator on from boot. (The other tests switch them off and
 * start what they need on a running hub, which missed two faults of the boot itself.)
 */
class AutostartIT {

  @Test
  void aHubBootedWithItsSimulatorsOnANewDatabaseRelaysTheirChangesAndLogsNoFailure()
      throws Exception {
    String url = TestSettings.newDatabase("autostart");
    Map<String, String> settings =
        Map.of(
            "DB_URL", url,
            "HUB_ODDS_PUBLISHER_AUTOSTART", "true",
            "HUB_RACING_SIMULATOR_AUTOSTART", "true",
            "HUB_MATCHES_SIMULATOR_AUTOSTART", "true",
            "HUB_MATCHES_SIMULATOR_MINUTE_MS", "200");
    try (PayaraMicro hub = PayaraMicro.boot("autostart", null, settings);
        WsClient fan = WsClient.connect(hub.webSocket())) {
      fan.send("{\"type\":\"subscribe\",\"channel\":\"matches:live\"}");
      fan.next("system_status");
      fan.next("subscribed");

      // The match relay's first event came while the application deployed, and the relay was
      // left without its injections, failing on every later event: nothing reached clients.
      JsonObject live =
          fan.nextMatching(
              m ->
                  "live_matches_update".equals(m.getString("event", null))
                      && m.getJsonObject("data").toString().contains("\"source\":\"simulator\""),
              30);
      assertEquals("update", live.getString("type"));

      String log = hub.logText();
      assertFalse(log.contains("WELD-000401"), "an observer failed:\n" + hub.logTail());
      // The odds publisher's first tick ran before the odds tables were created.
      assertFalse(log.contains("does not exist"), "a table was missing:\n" + hub.logTail());
    }
  }
}

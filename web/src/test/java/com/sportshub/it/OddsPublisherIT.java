package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admins start, watch and stop the hub's own odds feed (the simulator on this node), over REST and
 * JMX.
 */
@ExtendWith(HubNode.class)
class OddsPublisherIT {

  private static final String ADMIN = TestTokens.forRoles("ops", "admin");

  @Test
  void theSimulatorPublishesWhileStartedAndStopsWhenStopped(PayaraMicro hub) throws Exception {
    Api api = new Api(hub.base());
    try (WsClient fan = WsClient.connect(hub.webSocket())) {
      fan.subscribe("odds:basketball_nba");

      Api.Response started = api.post("/api/odds/publisher", ADMIN, "");
      JsonObject update;
      try {
        assertEquals(200, started.status(), started.body());
        assertEquals("running", started.json().asJsonObject().getString("status"));
        assertEquals("simulator", started.json().asJsonObject().getString("feed"));
        update = fan.next("update");
      } finally {
        Api.Response stopped = api.delete("/api/odds/publisher", ADMIN);
        assertEquals("stopped", stopped.json().asJsonObject().getString("status"));
      }

      assertEquals("odds_update", update.getString("event"));
      JsonObject event = update.getJsonObject("data").getJsonArray("events").getJsonObject(0);
      assertTrue(event.getJsonArray("prices").size() > 0, event.toString());
      JsonObject status = api.get("/api/odds/publisher", ADMIN).json().asJsonObject();
      assertEquals("stopped", status.getString("status"));
      assertTrue(status.getJsonNumber("eventsPublished").longValue() > 0, status.toString());
      assertFalse(status.getBoolean("isPublishing"));
    }
  }

  @Test
  void operatorsStartWatchAndStopThePublisherOverJmx(PayaraMicro hub) throws Exception {
    String publisher = "com.sportshub:type=OddsPublisher";
    Api api = new Api(hub.base());
    try (Jmx jmx = Jmx.attach(hub.pid());
        WsClient fan = WsClient.connect(hub.webSocket())) {
      fan.subscribe("odds:basketball_nba");
      assertEquals("stopped", jmx.attribute(publisher, "Status"));
      long before = (Long) jmx.attribute(publisher, "EventsPublished");

      jmx.invoke(publisher, "start");
      JsonObject update;
      try {
        assertEquals("running", jmx.attribute(publisher, "Status"));
        assertEquals("simulator", jmx.attribute(publisher, "Feed"));
        JsonObject seenOverRest = api.get("/api/odds/publisher", ADMIN).json().asJsonObject();
        assertEquals("running", seenOverRest.getString("status"));
        update = fan.next("update");
      } finally {
        jmx.invoke(publisher, "stop");
      }

      assertEquals("odds_update", update.getString("event"));
      assertEquals("stopped", jmx.attribute(publisher, "Status"));
      assertTrue((Long) jmx.attribute(publisher, "EventsPublished") > before);
      JsonObject status = api.get("/api/odds/publisher", ADMIN).json().asJsonObject();
      assertEquals("stopped", status.getString("status"));
    }
  }

  @Test
  void onlyAdminsControlThePublisher(PayaraMicro hub) throws Exception {
    Api api = new Api(hub.base());

    assertEquals(401, api.get("/api/odds/publisher", null).status());
    assertEquals(
        403,
        api.post("/api/odds/publisher", TestTokens.forRoles("feed", "publisher"), "").status());
    assertEquals(200, api.get("/api/odds/publisher", ADMIN).status());
  }
}

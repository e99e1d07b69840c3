package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A race run from DORMANT to WEIGHED_IN over REST reaches the subscribers of its channel and its
 * meeting's as one {@code race_status} per move, in order, none merged away.
 */
@ExtendWith(HubNode.class)
class RacingLifecycleIT {

  private static final List<String> DAY =
      List.of(
          "PARADING",
          "GOING_DOWN",
          "AT_THE_POST",
          "UNDER_ORDERS",
          "OFF",
          "FINISHED",
          "PHOTOGRAPH",
          "RESULT",
          "WEIGHED_IN");

  @Test
  void everyMoveFromDormantToWeighedInReachesTheRaceChannelInOrder(PayaraMicro hub)
      throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String meetingId = desk.meeting();
    String raceId = desk.race(meetingId, 1, 4);
    RacingDesk.ok(200, desk.price(raceId, 1, "5/2", 2, "3/1", 3, "4/1", 4, "6/1"));
    try (WsClient race = WsClient.connect(hub.webSocket());
        WsClient meeting = WsClient.connect(hub.webSocket())) {
      JsonObject subscribed = race.subscribe("race:" + raceId);
      meeting.subscribe("racing:meeting:" + meetingId);
      assertEquals("DORMANT", subscribed.getJsonObject("snapshot").getString("status"));
      long seq = subscribed.getJsonNumber("seq").longValue();

      for (String status : DAY) {
        if (status.equals("RESULT")) {
          RacingDesk.ok(200, desk.declare(raceId, 2, 1, 3, 4));
        }
        RacingDesk.ok(200, desk.move(raceId, status));
      }

      List<String> seen = new ArrayList<>();
      JsonObject last = null;
      while (seen.size() < DAY.size()) {
        JsonObject update = race.next("update");
        assertEquals(++seq, update.getJsonNumber("seq").longValue(), "no gap, no repeat");
        assertEquals("race_status", update.getString("event"));
        JsonObject data = update.getJsonObject("data");
        if (data.getString("change").equals("status")) {
          seen.add(data.getString("status"));
          last = data;
        }
        assertTrue(!update.getBoolean("conflated", false), "a status is never merged");
      }
      assertEquals(DAY, seen);
      assertEquals("RESULT", last.getString("previousStatus"));
      assertTrue(last.getJsonObject("result").getBoolean("official"));
      assertEquals(
          2,
          last.getJsonObject("result").getJsonArray("placings").getJsonObject(0).getInt("cloth"));

      List<String> meetingSeen = new ArrayList<>();
      while (meetingSeen.size() < DAY.size()) {
        JsonObject data = meeting.next("update").getJsonObject("data");
        meetingSeen.add(data.getJsonArray("races").getJsonObject(0).getString("status"));
      }
      assertEquals(DAY, meetingSeen);
    }
  }

  @Test
  void theSnapshotOfARaceIsItsCard(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(3);
    RacingDesk.ok(200, desk.price(raceId, 1, "evens", 2, "5/2", 3, "11/2"));

    try (WsClient client = WsClient.connect(hub.webSocket())) {
      JsonObject card = client.subscribe("race:" + raceId).getJsonObject("snapshot");

      assertEquals("2m4f", card.getString("distance"));
      assertEquals(3, card.getJsonArray("runners").size());
      JsonObject second = card.getJsonArray("runners").getJsonObject(1);
      assertEquals("5/2", second.getString("fractional"));
      assertEquals("+250", second.getString("american"));
      assertEquals("11-7", second.getString("weight"));
      assertEquals("UK", card.getString("tote"));
    }
  }

  @Test
  void anAbandonedMeetingAbandonsTheRacesNotYetRun(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String meetingId = desk.meeting();
    String first = desk.race(meetingId, 1, 3);
    String second = desk.race(meetingId, 2, 3);
    desk.moveThrough(first, "PARADING", "GOING_DOWN", "AT_THE_POST", "UNDER_ORDERS", "OFF");

    Api.Response abandoned = desk.post("/api/racing/meetings/" + meetingId + "/abandonment", "");

    RacingDesk.ok(200, abandoned);
    assertEquals("ABANDONED", abandoned.json().asJsonObject().getString("status"));
    assertEquals("OFF", desk.card(first, "decimal").getString("status"));
    assertEquals("ABANDONED", desk.card(second, "decimal").getString("status"));
  }
}

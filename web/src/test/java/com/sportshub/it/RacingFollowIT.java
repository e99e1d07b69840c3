package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user who follows a runner hears on their own channel when its race goes off and when the result
 * is weighed in; news reaches the news channel and the meeting's.
 */
@ExtendWith(HubNode.class)
class RacingFollowIT {

  @Test
  void aFollowerHearsOfTheOffAndOfTheWeighIn(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(3);
    String other = desk.race(3);
    RacingDesk.ok(200, desk.price(raceId, 1, "2/1", 2, "3/1", 3, "4/1"));
    String fan = "fan-" + UUID.randomUUID().toString().substring(0, 8);
    String token = TestTokens.forRoles(fan);
    Api api = desk.api();
    RacingDesk.ok(
        201, api.post("/api/racing/follows", token, "{\"raceId\":\"" + raceId + "\",\"cloth\":3}"));
    RacingDesk.ok(201, api.post("/api/racing/follows", token, "{\"raceId\":\"" + other + "\"}"));
    assertEquals(2, api.get("/api/racing/follows", token).json().asJsonArray().size());

    try (WsClient client = WsClient.connectWithToken(hub.webSocket(), token)) {
      client.next("authenticated");
      client.subscribe("user:" + fan);

      desk.moveThrough(raceId, "PARADING", "GOING_DOWN", "AT_THE_POST", "UNDER_ORDERS", "OFF");
      JsonObject off = client.next("update");
      assertEquals("notification", off.getString("event"));
      JsonObject data = off.getJsonObject("data");
      assertEquals("race_off", data.getString("reason"));
      assertEquals(raceId, data.getString("raceId"));
      assertEquals(3, data.getJsonArray("runners").getJsonObject(0).getInt("cloth"));
      assertTrue(data.getString("message").endsWith("at Cheltenham is off"), data.toString());

      desk.moveThrough(raceId, "FINISHED");
      RacingDesk.ok(200, desk.declare(raceId, 3, 1, 2));
      desk.moveThrough(raceId, "RESULT", "WEIGHED_IN");
      JsonObject weighedIn = client.next("update").getJsonObject("data");
      assertEquals("result_weighed_in", weighedIn.getString("reason"));
      assertEquals(1, weighedIn.getJsonArray("runners").getJsonObject(0).getInt("position"));
      assertTrue(weighedIn.getJsonObject("result").getBoolean("official"));
      assertTrue(client.quietFor(500), "nothing from the race the fan did not see run");
    }
  }

  @Test
  void followingNeedsAToken(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(2);

    Api.Response anonymous =
        desk.api().post("/api/racing/follows", null, "{\"raceId\":\"" + raceId + "\"}");
    Api.Response unknown =
        desk.api()
            .post(
                "/api/racing/follows", TestTokens.forRoles("fan"), "{\"raceId\":\"no-such-race\"}");

    assertEquals(401, anonymous.status(), anonymous.body());
    assertEquals(404, unknown.status(), unknown.body());
  }

  @Test
  void newsReachesTheNewsChannelAndTheMeetings(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String meetingId = desk.meeting();
    try (WsClient news = WsClient.connect(hub.webSocket());
        WsClient meeting = WsClient.connect(hub.webSocket())) {
      news.subscribe("news");
      meeting.subscribe("racing:meeting:" + meetingId);

      Api.Response published =
          desk.post(
              "/api/racing/news",
              """
              {"headline":"Going eased to Heavy","body":"After 12mm overnight.",\
              "meetingId":"%s"}"""
                  .formatted(meetingId));

      RacingDesk.ok(201, published);
      JsonObject item =
          news.nextMatching(
              m -> meetingId.equals(m.getJsonObject("data").getString("meetingId", null)));
      assertEquals("news_update", item.getString("event"));
      assertEquals("Going eased to Heavy", item.getJsonObject("data").getString("headline"));
      assertEquals("racing-desk", item.getJsonObject("data").getString("author"));
      JsonObject onMeeting = meeting.next("update");
      assertEquals("news_update", onMeeting.getString("event"));
      assertEquals(
          "Going eased to Heavy",
          onMeeting
              .getJsonObject("data")
              .getJsonArray("news")
              .getJsonObject(0)
              .getString("headline"));
    }
  }
}

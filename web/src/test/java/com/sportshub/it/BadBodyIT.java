package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bodies no write can use, sent to every family of writes: each is refused with a 4xx problem
 * naming where the body is wrong, never a 500 or an HTML page, and nothing is written.
 */
@ExtendWith(HubNode.class)
class BadBodyIT {

  private static final String ADMIN = TestTokens.forRoles("bodies", "admin");
  private static final String JSON = "application/json";

  /** One write of each family: method and path; all take a JSON object. */
  private static final List<String[]> OBJECT_WRITES =
      List.of(
          new String[] {"POST", "/api/broadcast"},
          new String[] {"POST", "/api/matches"},
          new String[] {"POST", "/api/matches/no-such-match/commands"},
          new String[] {"PUT", "/api/matches/competitions/BB"},
          new String[] {"POST", "/api/matches/standings/BB/deductions"},
          new String[] {"POST", "/api/matches/import/openfootball?competition=BB&season=2026"},
          new String[] {"POST", "/api/racing/meetings"},
          new String[] {"POST", "/api/racing/meetings/no-such-meeting/races"},
          new String[] {"POST", "/api/racing/races/no-such-race/runners"},
          new String[] {"POST", "/api/racing/races/no-such-race/prices"},
          new String[] {"PUT", "/api/racing/races/no-such-race/pools/win"},
          new String[] {"POST", "/api/racing/races/no-such-race/status"},
          new String[] {"POST", "/api/racing/races/no-such-race/result"},
          new String[] {"POST", "/api/racing/news"},
          new String[] {"POST", "/api/racing/follows"});

  private static Api.Response send(PayaraMicro hub, String[] write, String type, String body)
      throws Exception {
    return new Api(hub.base()).send(write[0], write[1], ADMIN, type, body);
  }

  private static JsonObject problem(Api.Response answer, int status, String write) {
    assertEquals(status, answer.status(), write + ": " + answer.body());
    assertTrue(
        answer.contentType().startsWith("application/problem+json"),
        write + ": " + answer.contentType());
    JsonObject problem = answer.json().asJsonObject();
    assertEquals(status, problem.getInt("status"), write);
    return problem;
  }

  private static void refusedNaming(Api.Response answer, String field, String write) {
    assertEquals(field, problem(answer, 400, write).getString("field", null), write);
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void anArrayOrAStringWhereAnObjectIsExpectedIsRefusedNamingTheBody(PayaraMicro hub)
      throws Exception {
    for (String[] write : OBJECT_WRITES) {
      refusedNaming(send(hub, write, JSON, "[]"), "body", write[1]);
      refusedNaming(send(hub, write, JSON, "\"x\""), "body", write[1]);
    }
    refusedNaming(
        send(hub, new String[] {"POST", "/api/odds/feed"}, JSON, "\"x\""), "body", "odds");
  }

  @Test
  void veryDeepNestingIsRefusedNamingWhereItGoesTooDeep(PayaraMicro hub) throws Exception {
    String deep = nested(10_000);
    for (String[] write : OBJECT_WRITES) {
      String field = problem(send(hub, write, JSON, deep), 400, write[1]).getString("field");
      assertTrue(field.startsWith("[0][0][0]"), write[1] + ": " + field);
    }
    refusedNaming(
        send(hub, new String[] {"POST", "/api/broadcast"}, JSON, "{\"data\":" + deep + "}"),
        "data" + "[0]".repeat(31),
        "broadcast data");
  }

  @Test
  void aNumberOfThousandsOfDigitsIsRefusedNamingTheField(PayaraMicro hub) throws Exception {
    String digits = "9".repeat(5_000);
    for (String[] write : OBJECT_WRITES) {
      refusedNaming(send(hub, write, JSON, "{\"n\":" + digits + "}"), "n", write[1]);
    }
    refusedNaming(
        send(hub, new String[] {"POST", "/api/odds/feed"}, JSON, "[{\"id\":" + digits + "}]"),
        "[0].id",
        "odds");
  }

  @Test
  void aNumberWhosePlainFormIsHugeIsRefusedNamingTheField(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(2);

    refusedNaming(
        desk.post(
            "/api/racing/races/" + raceId + "/prices",
            "{\"prices\":[{\"cloth\":1,\"price\":1e999999999}]}"),
        "prices[0].price",
        "prices");
  }

  @Test
  void aBodyWithoutAContentTypeIsUnsupported(PayaraMicro hub) throws Exception {
    for (String[] write : OBJECT_WRITES) {
      problem(send(hub, write, null, "{}"), 415, write[1]);
    }
    problem(send(hub, new String[] {"POST", "/api/odds/feed"}, null, "[]"), 415, "odds");
    String meeting =
        "{\"meetingId\":\"bb-untyped\",\"course\":\"Ascot\",\"date\":\"2026-03-10\","
            + "\"country\":\"GB\"}";
    problem(send(hub, new String[] {"POST", "/api/racing/meetings"}, null, meeting), 415, "m");
    assertEquals(404, new Api(hub.base()).get("/api/racing/meetings/bb-untyped").status());
  }

  @Test
  void aGoodMeetingWithOneAbsurdNumberIsNotWritten(PayaraMicro hub) throws Exception {
    String meeting =
        "{\"meetingId\":\"bb-huge\",\"course\":\"Ascot\",\"date\":\"2026-03-10\","
            + "\"country\":\"GB\",\"going\":"
            + "1".repeat(5_000)
            + "}";

    refusedNaming(
        send(hub, new String[] {"POST", "/api/racing/meetings"}, JSON, meeting), "going", "m");

    assertEquals(404, new Api(hub.base()).get("/api/racing/meetings/bb-huge").status());
  }
}

package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every kind of bad racing input gets its status and a problem saying what is wrong. */
@ExtendWith(HubNode.class)
class RacingBadInputIT {

  private static JsonObject problem(Api.Response answer, int status) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    JsonObject problem = answer.json().asJsonObject();
    assertEquals(status, problem.getInt("status"));
    return problem;
  }

  private static void refusedNaming(Api.Response answer, String field) {
    assertEquals(field, problem(answer, 400).getString("field"), answer.body());
  }

  @Test
  void malformedJsonIsABadRequest(PayaraMicro hub) throws Exception {
    problem(new RacingDesk(hub).post("/api/racing/meetings", "{\"meetingId\":"), 400);
  }

  @Test
  void unknownIdsAreNotFound(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(2);

    problem(desk.api().get("/api/racing/races/no-such-race"), 404);
    problem(desk.api().get("/api/racing/meetings/no-such-meeting"), 404);
    problem(desk.move("no-such-race", "PARADING"), 404);
    problem(desk.withdraw(raceId, 9), 404);
    problem(desk.api().get("/api/racing/races/" + raceId + "/runners/9/prices"), 404);
    problem(
        desk.post(
            "/api/racing/meetings/no-such-meeting/races",
            "{\"raceId\":\"x1\",\"number\":1,\"name\":\"A\",\"offTime\":\"2026-03-10T13:30:00Z\","
                + "\"distanceMetres\":1006,\"placesPaid\":2}"),
        404);
  }

  @Test
  void anIllegalTransitionIsAConflictNamingTheAllowedStates(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(2);

    JsonObject refused = problem(desk.move(raceId, "OFF"), 409);

    assertEquals("DORMANT", refused.getString("from"));
    assertEquals("OFF", refused.getString("to"));
    assertEquals(
        List.of("DELAYED", "PARADING", "GOING_DOWN", "ABANDONED"),
        refused.getJsonArray("allowed").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
  }

  @Test
  void aPriceAfterTheOffIsAConflictAndChangesNothing(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(2);
    RacingDesk.ok(200, desk.price(raceId, 1, "2/1"));
    desk.moveThrough(raceId, "GOING_DOWN", "AT_THE_POST", "UNDER_ORDERS", "OFF");

    problem(desk.price(raceId, 1, "5/2"), 409);

    assertEquals(
        "2/1",
        RacingOddsIT.runner(desk.card(raceId, "fractional").getJsonArray("runners"), 1)
            .getString("price"));
  }

  @Test
  void missingAndOversizeFieldsAreRefusedByName(PayaraMicro hub) throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String meetingId = desk.meeting();
    String raceId = desk.race(meetingId, 1, 2);

    refusedNaming(
        desk.post(
            "/api/racing/meetings",
            "{\"meetingId\":\"m-x\",\"date\":\"2026-03-10\",\"country\":\"GB\"}"),
        "course");
    refusedNaming(
        desk.post(
            "/api/racing/meetings/" + meetingId + "/races",
            "{\"raceId\":\"r-x\",\"number\":2,\"name\":\""
                + "x".repeat(129)
                + "\","
                + "\"offTime\":\"2026-03-10T13:30:00Z\",\"distanceMetres\":1006,\"placesPaid\":2}"),
        "name");
    refusedNaming(
        desk.post(
            "/api/racing/races/" + raceId + "/runners",
            "{\"runners\":[{\"cloth\":3,\"horse\":\"A\"},{\"cloth\":4}]}"),
        "runners[1].horse");
    refusedNaming(desk.price(raceId, 1, "0.5"), "prices[0].price");
    refusedNaming(desk.price(raceId, 7, "2/1"), "prices[0].cloth");
    refusedNaming(
        desk.post("/api/racing/races/" + raceId + "/status", "{\"status\":\"GALLOPING\"}"),
        "status");
    refusedNaming(desk.post("/api/racing/news", "{\"body\":\"no headline\"}"), "headline");
    refusedNaming(desk.api().get("/api/racing/races/" + raceId + "?format=roman"), "format");
  }

  @Test
  void aToteAmountBeyondWhatThePoolHoldsIsRefusedByNameAndNothingIsStored(PayaraMicro hub)
      throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(2);
    String path = "/api/racing/races/" + raceId + "/pools/win";
    int logged = hub.logText().length();

    refusedNaming(
        desk.api().put(path, RacingDesk.PUBLISHER, "{\"total\":1e12,\"stakes\":{\"1\":1}}"),
        "total");
    refusedNaming(
        desk.api()
            .put(
                path,
                RacingDesk.PUBLISHER,
                "{\"total\":999999999999,\"stakes\":{\"1\":1,\"2\":1000000000000}}"),
        "stakes.2");

    assertEquals(0, desk.card(raceId, "decimal").getJsonArray("pools").size());
    String since = hub.logText().substring(logged);
    assertFalse(since.contains("\tat "), "a refusal is not an incident:\n" + since);
  }

  @Test
  void aDeadHeatWithInconsistentPositionsIsRefusedAndNothingDeclared(PayaraMicro hub)
      throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(4);
    desk.moveThrough(
        raceId, "PARADING", "GOING_DOWN", "AT_THE_POST", "UNDER_ORDERS", "OFF", "FINISHED");
    String path = "/api/racing/races/" + raceId + "/result";

    // Two dead-heating for first are 1 and 1; the next is 3, not 2.
    Api.Response skipped =
        desk.post(
            path,
            "{\"placings\":[{\"cloth\":1,\"position\":1},{\"cloth\":2,\"position\":1},"
                + "{\"cloth\":3,\"position\":2}]}");
    Api.Response notFirst = desk.post(path, "{\"placings\":[{\"cloth\":1,\"position\":2}]}");

    JsonObject problem = problem(skipped, 400);
    assertEquals("placings[2].position", problem.getString("field"));
    assertTrue(problem.getString("detail").contains("3 or 1"), problem.getString("detail"));
    refusedNaming(notFirst, "placings[0].position");
    assertTrue(desk.card(raceId, "decimal").isNull("result"));
  }

  @Test
  void anAbsentOrForgedTokenIsUnauthorizedAndAnotherRoleForbidden(PayaraMicro hub)
      throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String raceId = desk.race(2);
    String path = "/api/racing/races/" + raceId + "/status";
    String body = "{\"status\":\"PARADING\"}";
    String token = TestTokens.forRoles("mallory", "admin");
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

    assertEquals(401, desk.api().post(path, null, body).status());
    assertEquals(401, desk.api().post(path, forged, body).status());
    assertEquals(403, desk.api().post(path, TestTokens.forRoles("ref", "referee"), body).status());
    assertEquals(403, desk.api().post("/api/racing/simulator", RacingDesk.PUBLISHER, "").status());
    assertEquals("DORMANT", desk.card(raceId, "decimal").getString("status"));
  }

  @Test
  void unknownRacesAndMeetingsAreNotFoundOnTheWebSocket(PayaraMicro hub) throws Exception {
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.subscribeExpectingError("race:no-such-race", "NOT_FOUND");
      client.subscribeExpectingError("racing:meeting:no-such-meeting", "NOT_FOUND");
    }
  }
}

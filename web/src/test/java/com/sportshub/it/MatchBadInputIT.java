package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every kind of bad match input gets problem details that name what is wrong. */
@ExtendWith(HubNode.class)
class MatchBadInputIT {

  private static void assertRefused(Api.Response answer, int status, String field) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    if (field != null) {
      assertEquals(field, answer.json().asJsonObject().getString("field"), answer.body());
    }
  }

  private static Api.Response schedule(PayaraMicro hub, String body) throws Exception {
    return new Api(hub.base()).post("/api/matches", Referee.ADMIN, body);
  }

  private static Api.Response command(PayaraMicro hub, String matchId, String body)
      throws Exception {
    return new Api(hub.base()).post("/api/matches/" + matchId + "/commands", Referee.ADMIN, body);
  }

  @Test
  void aFixtureWithoutATeamIsRefused(PayaraMicro hub) throws Exception {
    assertRefused(schedule(hub, "{\"competition\":\"ITB\",\"homeTeam\":\"A\"}"), 400, "awayTeam");
  }

  @Test
  void aMatchIdOutsideTheChannelAlphabetOrOneOfTheApisPathsIsRefused(PayaraMicro hub)
      throws Exception {
    String teams = ",\"competition\":\"ITB\",\"homeTeam\":\"A\",\"awayTeam\":\"B\"}";
    assertRefused(schedule(hub, "{\"matchId\":\"a b\"" + teams), 400, "matchId");
    assertRefused(schedule(hub, "{\"matchId\":\"live\"" + teams), 400, "matchId");
  }

  @Test
  void aKickOffThatIsNotAnInstantIsRefused(PayaraMicro hub) throws Exception {
    assertRefused(
        schedule(
            hub,
            "{\"competition\":\"ITB\",\"homeTeam\":\"A\",\"awayTeam\":\"B\",\"kickoff\":\"3pm\"}"),
        400,
        "kickoff");
  }

  @Test
  void commandsNameTheirBadField(PayaraMicro hub) throws Exception {
    String matchId = Referee.schedule(hub, "ITB", Referee.unique("Ince"), Referee.unique("Jarrow"));
    assertRefused(
        command(hub, matchId, "{\"command\":\"teleport\",\"clientId\":\"b1\"}"), 400, "command");
    assertRefused(command(hub, matchId, "{\"command\":\"start\"}"), 400, "clientId");
    assertRefused(
        command(hub, matchId, "{\"command\":\"start\",\"clientId\":\"b2\",\"minute\":\"ten\"}"),
        400,
        "minute");
    assertEquals(
        200, command(hub, matchId, "{\"command\":\"start\",\"clientId\":\"b3\"}").status());
    assertRefused(
        command(
            hub,
            matchId,
            "{\"command\":\"add_event\",\"clientId\":\"b4\",\"event\":{\"type\":\"dive\",\"side\":\"home\"}}"),
        400,
        "event.type");
    assertRefused(
        command(
            hub,
            matchId,
            "{\"command\":\"add_event\",\"clientId\":\"b5\",\"event\":{\"type\":\"var\",\"side\":\"home\",\"detail\":\"goal_disallowed\",\"refersTo\":\"nothing\"}}"),
        400,
        "event.refersTo");
    assertEquals(
        200, command(hub, matchId, "{\"command\":\"pause\",\"clientId\":\"b6\"}").status());
    assertRefused(
        command(
            hub,
            matchId,
            "{\"command\":\"add_event\",\"clientId\":\"b7\",\"event\":{\"type\":\"goal\",\"side\":\"home\"}}"),
        400,
        "event.type");
  }

  @Test
  void aCommandToAnUnknownMatchIsNotFound(PayaraMicro hub) throws Exception {
    assertRefused(
        command(hub, "no-such-match", "{\"command\":\"start\",\"clientId\":\"n1\"}"), 404, null);
  }

  @Test
  void aTableOfAnUnknownTypeOrSeasonIsRefused(PayaraMicro hub) throws Exception {
    Referee.schedule(hub, "ITB", Referee.unique("Kelso"), Referee.unique("Leek"));
    Api api = new Api(hub.base());
    assertRefused(api.get("/api/matches/standings/ITB?type=sideways"), 400, "type");
    assertRefused(api.get("/api/matches/standings/ITB?season=22-23"), 400, "season");
    assertRefused(api.get("/api/matches/standings/ITB?live=maybe"), 400, "live");
    assertRefused(api.get("/api/matches/standings/NOPE"), 404, null);
  }

  @Test
  void anImportThatIsNotASeasonFileIsRefused(PayaraMicro hub) throws Exception {
    Api api = new Api(hub.base());
    assertRefused(
        api.post(
            "/api/matches/import/openfootball?competition=ITB&season=2022-23",
            Referee.ADMIN,
            "{\"name\":\"x\"}"),
        400,
        "matches");
    assertRefused(
        api.post(
            "/api/matches/import/openfootball?competition=ITB&season=last",
            Referee.ADMIN,
            "{\"matches\":[]}"),
        400,
        "season");
    assertRefused(
        api.post(
            "/api/matches/import/openfootball?competition=ITB&season=2022-23",
            Referee.ADMIN,
            "{\"matches\":[{\"team1\":\"A\",\"team2\":\"A\"}]}"),
        400,
        "matches[0]");
  }

  @Test
  void anUnknownMatchIsNotFoundWithProblemDetails(PayaraMicro hub) throws Exception {
    assertRefused(new Api(hub.base()).get("/api/matches/no-such-match"), 404, null);
  }

  @Test
  void aSocketCommandWithAValueOfTheWrongTypeNamesTheField(PayaraMicro hub) throws Exception {
    try (WsClient socket = WsClient.connectWithToken(hub.webSocket(), Referee.ADMIN)) {
      socket.next("authenticated");
      socket.send(
          "{\"type\":\"match_command\",\"matchId\":\"x\",\"command\":\"start\",\"clientId\":7}");
      JsonObject error = socket.next("error");
      assertEquals("BAD_REQUEST", error.getString("code"));
      assertEquals("clientId", error.getString("field"));
    }
  }
}

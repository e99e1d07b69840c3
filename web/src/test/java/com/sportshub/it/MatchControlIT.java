package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A referee plays a Premier League match from kick-off to full time over the WebSocket while a
 * spectator watches the match and the league table.
 */
@ExtendWith(HubNode.class)
class MatchControlIT {

  private static JsonObject row(JsonObject table, String team) {
    return table.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("team").equals(team))
        .findFirst()
        .orElseThrow(() -> new AssertionError(team + " not in " + table));
  }

  private static void applied(JsonObject answer) {
    assertEquals("command_result", answer.getString("type"), answer.toString());
    assertEquals("applied", answer.getString("outcome"), answer.toString());
  }

  @Test
  void aRefereePlaysAMatchToFullTimeWhileASpectatorSeesEveryUpdateInOrder(PayaraMicro hub)
      throws Exception {
    String home = Referee.unique("Northfield");
    String away = Referee.unique("Southgate");
    String referee = Referee.unique("ref").replace(' ', '-');
    String matchId = Referee.schedule(hub, "PL", home, away);
    Referee.assign(hub, matchId, referee);

    try (WsClient spectator = WsClient.connect(hub.webSocket());
        WsClient table = WsClient.connect(hub.webSocket());
        Referee ref = Referee.connect(hub, referee, "referee")) {
      JsonObject snapshot = spectator.subscribe("match:" + matchId).getJsonObject("snapshot");
      assertEquals("TIMED", snapshot.getJsonObject("match").getString("status"));
      JsonObject before = table.subscribe("standings:PL").getJsonObject("snapshot");
      assertEquals(0, row(before, home).getInt("played"));

      applied(ref.command(matchId, "start"));
      applied(ref.event(matchId, Referee.goal("home", "Ada", 12)));
      applied(
          ref.event(
              matchId,
              Json.createObjectBuilder()
                  .add("type", "yellow_card")
                  .add("side", "away")
                  .add("player", "Bo")));
      applied(ref.command(matchId, "pause"));
      applied(ref.command(matchId, "resume"));
      applied(ref.event(matchId, Referee.goal("away", "Cy", 58)));
      JsonObject late = ref.event(matchId, Referee.goal("home", "Ada", 88));
      applied(late);
      applied(
          ref.event(
              matchId,
              Json.createObjectBuilder()
                  .add("type", "var")
                  .add("side", "home")
                  .add("detail", "goal_disallowed")
                  .add("refersTo", late.getString("eventId"))));
      applied(ref.command(matchId, "end"));

      List<String> changes = new ArrayList<>();
      long seq = 0;
      JsonObject last = null;
      while (changes.size() < 9) {
        JsonObject update = spectator.next("update");
        assertEquals("match_update", update.getString("event"));
        if (update.getJsonObject("data").getString("change").equals("created")) {
          continue; // scheduling may reach the channel just after the snapshot: harmless
        }
        long next = update.getJsonNumber("seq").longValue();
        assertTrue(seq == 0 || next == seq + 1, "no gap: " + seq + " then " + next);
        seq = next;
        last = update.getJsonObject("data");
        changes.add(last.getString("change"));
      }
      assertEquals(
          List.of(
              "started",
              "event_added",
              "event_added",
              "paused",
              "resumed",
              "event_added",
              "event_added",
              "event_added",
              "ended"),
          changes);
      JsonObject match = last.getJsonObject("match");
      assertEquals("FINISHED", match.getString("status"));
      assertEquals("DRAW", match.getString("winner"));
      assertEquals(1, match.getJsonObject("score").getJsonObject("fullTime").getInt("home"));
      assertEquals(1, match.getJsonObject("score").getJsonObject("fullTime").getInt("away"));
      assertEquals(1, match.getJsonObject("score").getJsonObject("halfTime").getInt("home"));

      JsonObject finalTable =
          table.nextMatching(
              m ->
                  "standings_update".equals(m.getString("event", null))
                      && !m.getJsonObject("data").getBoolean("provisional")
                      && row(m.getJsonObject("data"), home).getInt("played") == 1);
      JsonObject homeRow = row(finalTable.getJsonObject("data"), home);
      assertEquals(1, homeRow.getInt("points"));
      assertEquals(1, homeRow.getInt("drawn"));
      assertEquals(1, row(finalTable.getJsonObject("data"), away).getInt("points"));
    }

    JsonObject detail = new Api(hub.base()).get("/api/matches/" + matchId).json().asJsonObject();
    // goal, yellow card, goal, goal, VAR decision; the third goal is the disallowed one
    assertEquals(5, detail.getJsonArray("events").size());
    assertTrue(detail.getJsonArray("events").getJsonObject(3).getBoolean("disallowed"));
    assertEquals(1, detail.getJsonObject("statistics").getJsonObject("away").getInt("yellowCards"));
    Api.Response log =
        new Api(hub.base()).get("/api/matches/" + matchId + "/commands", Referee.ADMIN);
    assertEquals(9, log.json().asJsonArray().size(), log.body());
    assertEquals(referee, log.json().asJsonArray().getJsonObject(0).getString("issuedBy"));
  }

  @Test
  void theCommandLogIsReadByTheMatchsRefereesAndAdminsOnly(PayaraMicro hub) throws Exception {
    String matchId =
        Referee.schedule(hub, "ITL", Referee.unique("Logtown"), Referee.unique("Auditford"));
    String assigned = "ref-log-" + System.nanoTime();
    Referee.assign(hub, matchId, assigned);
    Api api = new Api(hub.base());
    String path = "/api/matches/" + matchId + "/commands";

    assertEquals(200, api.get(path, TestTokens.forRoles(assigned, "referee")).status());
    assertEquals(200, api.get(path, Referee.ADMIN).status());
    Api.Response other =
        api.get(path, TestTokens.forRoles("ref-other-" + System.nanoTime(), "referee"));
    assertEquals(403, other.status(), other.body());
    assertTrue(other.contentType().startsWith("application/problem+json"), other.contentType());
    assertEquals(401, api.get(path).status());
  }

  @Test
  void theTableDuringPlayIsProvisionalAndCountsTheScoreAsItStands(PayaraMicro hub)
      throws Exception {
    String home = Referee.unique("Eastwood");
    String away = Referee.unique("Westbury");
    String matchId = Referee.schedule(hub, "ITL", home, away);
    try (WsClient table = WsClient.connect(hub.webSocket());
        Referee admin = Referee.connect(hub, "it-admin", "admin")) {
      applied(admin.command(matchId, "start"));
      table.subscribe("standings:ITL");
      applied(admin.event(matchId, Referee.goal("away", "Dee", 5)));
      JsonObject live =
          table.nextMatching(
              m ->
                  "standings_update".equals(m.getString("event", null))
                      && row(m.getJsonObject("data"), away).getInt("points") == 3);
      assertTrue(live.getJsonObject("data").getBoolean("provisional"));
      JsonObject official =
          new Api(hub.base()).get("/api/matches/standings/ITL").json().asJsonObject();
      assertEquals(
          0, row(official, away).getInt("points"), "the official table waits for full time");
    }
  }

  @Test
  void aSpectatorsCommandIsRefusedAndChangesNothing(PayaraMicro hub) throws Exception {
    String matchId =
        Referee.schedule(hub, "ITC", Referee.unique("Ashby"), Referee.unique("Bexley"));
    Referee.assign(hub, matchId, "the-ref");
    try (Referee fan = Referee.connect(hub, "fan", "publisher");
        Referee stranger = Referee.connect(hub, "other-ref", "referee");
        WsClient anonymous = WsClient.connect(hub.webSocket())) {
      JsonObject refused = fan.command(matchId, "start");
      assertEquals("error", refused.getString("type"));
      assertEquals("FORBIDDEN", refused.getString("code"));
      assertEquals("FORBIDDEN", stranger.command(matchId, "start").getString("code"));
      anonymous.send(
          "{\"type\":\"match_command\",\"matchId\":\""
              + matchId
              + "\",\"command\":\"start\",\"clientId\":\"x\"}");
      assertEquals("UNAUTHORIZED", anonymous.next("error").getString("code"));
    }
    JsonObject match =
        new Api(hub.base())
            .get("/api/matches/" + matchId)
            .json()
            .asJsonObject()
            .getJsonObject("match");
    assertEquals("TIMED", match.getString("status"));
  }

  @Test
  void aCommandSentTwiceIsAppliedOnce(PayaraMicro hub) throws Exception {
    String matchId =
        Referee.schedule(hub, "ITC", Referee.unique("Carlow"), Referee.unique("Derwent"));
    Referee.assign(hub, matchId, "dup-ref");
    try (Referee ref = Referee.connect(hub, "dup-ref", "referee");
        WsClient spectator = WsClient.connect(hub.webSocket())) {
      applied(ref.command(matchId, "start"));
      spectator.subscribe("match:" + matchId);
      JsonObject first = ref.send(matchId, "add_event", "goal-1", Referee.goal("home", "Eve", 9));
      JsonObject again = ref.send(matchId, "add_event", "goal-1", Referee.goal("home", "Eve", 9));

      assertEquals("applied", first.getString("outcome"));
      assertEquals("duplicate", again.getString("outcome"));
      assertEquals(first.getString("eventId"), again.getString("eventId"));
      spectator.nextMatching(
          m ->
              "update".equals(m.getString("type"))
                  && "event_added".equals(m.getJsonObject("data").getString("change")));
      assertTrue(spectator.quietFor(500), "the repeat published nothing");
    }
    JsonObject detail = new Api(hub.base()).get("/api/matches/" + matchId).json().asJsonObject();
    assertEquals(1, detail.getJsonArray("events").size());
    assertEquals(
        1,
        detail
            .getJsonObject("match")
            .getJsonObject("score")
            .getJsonObject("current")
            .getInt("home"));
  }

  @Test
  void anIllegalMoveIsAConflictListingTheAllowedNextStates(PayaraMicro hub) throws Exception {
    String matchId = Referee.schedule(hub, "ITC", Referee.unique("Elmet"), Referee.unique("Frome"));
    Api.Response answer =
        new Api(hub.base())
            .post(
                "/api/matches/" + matchId + "/commands",
                Referee.ADMIN,
                "{\"command\":\"resume\",\"clientId\":\"r-1\"}");

    assertEquals(409, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    JsonObject problem = answer.json().asJsonObject();
    List<String> commands =
        problem.getJsonArray("allowedCommands").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    List<String> statuses =
        problem.getJsonArray("allowedStatuses").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertTrue(commands.contains("start"), commands.toString());
    assertFalse(commands.contains("resume"), commands.toString());
    assertTrue(
        statuses.containsAll(List.of("IN_PLAY", "POSTPONED", "CANCELLED")), statuses.toString());

    try (Referee admin = Referee.connect(hub, "it-admin", "admin")) {
      JsonObject refused = admin.command(matchId, "end");
      assertEquals("CONFLICT", refused.getString("code"));
      assertTrue(refused.containsKey("allowedStatuses"));
    }
  }

  @Test
  void liveListSubscribersGetTheSystemStatusFirstThenTheListAsItChanges(PayaraMicro hub)
      throws Exception {
    String matchId = Referee.schedule(hub, "ITC", Referee.unique("Gower"), Referee.unique("Hythe"));
    try (WsClient fan = WsClient.connect(hub.webSocket());
        Referee admin = Referee.connect(hub, "it-admin", "admin")) {
      fan.send("{\"type\":\"subscribe\",\"channel\":\"matches:live\"}");
      JsonObject status = fan.next("system_status");
      assertEquals("matches:live", status.getString("channel"));
      assertTrue(status.getJsonObject("data").containsKey("feeds"));
      fan.next("subscribed");

      applied(admin.command(matchId, "start"));

      JsonObject listed =
          fan.nextMatching(
              m ->
                  "live_matches_update".equals(m.getString("event", null))
                      && m
                          .getJsonObject("data")
                          .getJsonArray("matches")
                          .getValuesAs(JsonObject.class)
                          .stream()
                          .anyMatch(x -> x.getString("matchId").equals(matchId)));
      assertTrue(listed.getJsonObject("data").getInt("count") >= 1);
    }
    JsonObject live = new Api(hub.base()).get("/api/matches/live").json().asJsonObject();
    assertTrue(live.toString().contains(matchId));
  }
}

package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * Match set-up and match commands for the tests: an admin schedules a match and assigns a referee
 * over REST; the referee sends {@code match_command}s over its own WebSocket and reads each answer.
 */
final class Referee implements AutoCloseable {

  static final String ADMIN = TestTokens.forRoles("it-admin", "admin");

  private final WsClient socket;
  private int sent;

  private Referee(WsClient socket) {
    this.socket = socket;
  }

  /** A referee connected with a token of {@code subject} and {@code roles}. */
  static Referee connect(PayaraMicro hub, String subject, String... roles) throws Exception {
    WsClient socket =
        WsClient.connectWithToken(hub.webSocket(), TestTokens.forRoles(subject, roles));
    assertEquals("authenticated", socket.next().getString("type"));
    return new Referee(socket);
  }

  /** A name no other test uses, for a team or a referee. */
  static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Schedules {@code home} v {@code away} in the competition, kicking off now; returns its id. */
  static String schedule(PayaraMicro hub, String competition, String home, String away)
      throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("competition", competition)
            .add("kickoff", Instant.now().toString())
            .add("homeTeam", home)
            .add("awayTeam", away)
            .build()
            .toString();
    Api.Response created = new Api(hub.base()).post("/api/matches", ADMIN, body);
    assertEquals(201, created.status(), created.body());
    return created.json().asJsonObject().getString("matchId");
  }

  static void assign(PayaraMicro hub, String matchId, String referee) throws Exception {
    Api.Response assigned =
        new Api(hub.base()).put("/api/matches/" + matchId + "/referees/" + referee, ADMIN, "{}");
    assertEquals(200, assigned.status(), assigned.body());
  }

  /** Sends a command with a fresh client id and returns the answer. */
  JsonObject command(String matchId, String command) throws InterruptedException {
    return send(matchId, command, "cmd-" + (++sent) + "-" + UUID.randomUUID(), null);
  }

  /** Sends an add_event command with the event and returns the answer. */
  JsonObject event(String matchId, JsonObjectBuilder event) throws InterruptedException {
    return send(matchId, "add_event", "cmd-" + (++sent) + "-" + UUID.randomUUID(), event);
  }

  JsonObject send(String matchId, String command, String clientId, JsonObjectBuilder event)
      throws InterruptedException {
    JsonObjectBuilder message =
        Json.createObjectBuilder()
            .add("type", "match_command")
            .add("id", clientId)
            .add("matchId", matchId)
            .add("command", command)
            .add("clientId", clientId);
    if (event != null) {
      message.add("event", event);
    }
    socket.send(message.build().toString());
    return socket.next();
  }

  static JsonObjectBuilder goal(String side, String player, int minute) {
    return Json.createObjectBuilder()
        .add("type", "goal")
        .add("side", side)
        .add("player", player)
        .add("minute", minute);
  }

  @Override
  public void close() {
    socket.close();
  }
}

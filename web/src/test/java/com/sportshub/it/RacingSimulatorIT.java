package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The race-day simulator stays off in the tests until an admin starts it; then it writes a day of
 * meetings whose prices move on the races' channels, and stops when told.
 */
@ExtendWith(HubNode.class)
class RacingSimulatorIT {

  private static final String ADMIN = TestTokens.forRoles("ops", "admin");

  @Test
  void anAdminStartsARaceDayAndStopsIt(PayaraMicro hub) throws Exception {
    Api api = new Api(hub.base());
    assertFalse(status(api.get("/api/racing/simulator", ADMIN)).getBoolean("running"));
    try {
      assertTrue(status(api.post("/api/racing/simulator", ADMIN, "")).getBoolean("running"));

      JsonObject race = firstSimulatedRace(api);
      try (WsClient client = WsClient.connect(hub.webSocket())) {
        JsonObject card =
            client.subscribe("race:" + race.getString("raceId")).getJsonObject("snapshot");
        assertFalse(card.getJsonArray("runners").isEmpty());
        // an odds_update carries either moved fixed prices (runners) or tote pools: wait for prices
        JsonObject moved =
            client.nextMatching(
                m ->
                    "odds_update".equals(m.getString("event", null))
                        && m.getJsonObject("data").containsKey("runners"),
                30);
        assertFalse(moved.getJsonObject("data").getJsonArray("runners").isEmpty());
      }
    } finally {
      assertFalse(status(api.delete("/api/racing/simulator", ADMIN)).getBoolean("running"));
    }
  }

  private static JsonObject status(Api.Response answer) {
    assertEquals(200, answer.status(), answer.body());
    return answer.json().asJsonObject();
  }

  private static List<JsonObject> meetings(Api api, LocalDate date) {
    try {
      return api.get("/api/racing/meetings?date=" + date)
          .json()
          .asJsonArray()
          .getValuesAs(JsonObject.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject firstSimulatedRace(Api api) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      // A meeting is dated by its first off: a race day started late in the evening (UTC) is
      // tomorrow's.
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      Optional<JsonObject> race = Optional.empty();
      for (LocalDate date : List.of(today, today.plusDays(1))) {
        race =
            race.or(
                () ->
                    meetings(api, date).stream()
                        .filter(m -> m.getString("meetingId").startsWith("sim-"))
                        .flatMap(
                            m -> m.getJsonArray("races").getValuesAs(JsonObject.class).stream())
                        .findFirst());
      }
      if (race.isPresent()) {
        return race.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no simulated race within 30 s");
  }
}

package com.sportshub.ws.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.matches.query.MatchJson;
import com.sportshub.matches.query.MatchView;
import com.sportshub.matches.query.ScoreLine;
import com.sportshub.matches.query.ScoreView;
import com.sportshub.matches.query.StandingRow;
import com.sportshub.matches.query.StandingsView;
import com.sportshub.matches.query.TeamView;
import com.sportshub.ws.hub.DeltaMerge;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The live list and the tables are whole states, so when the conflator merges two of them the newer
 * must win whole: a match that left the list, or a row that moved, must not survive from the older
 * one. Their elements carry no {@code key}, which is what makes the merge replace them.
 */
class WholeStateMergeTest {

  private static final Instant T = Instant.parse("2026-08-22T15:00:00Z");

  private static MatchView match(String id) {
    return new MatchView(
        id,
        "PL",
        "2026-27",
        1,
        T,
        new TeamView("a", "A", null),
        new TeamView("b", "B", null),
        "IN_PLAY",
        "first_half",
        10,
        0,
        T,
        new ScoreView(new ScoreLine(0, 0), null, null, null, null),
        null,
        "control",
        T);
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void aMatchThatLeftTheLiveListIsGoneAfterAMerge() {
    String older = MatchJson.live(List.of(match("m1"), match("m2")), T).build().toString();
    String newer = MatchJson.live(List.of(match("m2")), T.plusSeconds(1)).build().toString();
    JsonObject merged = read(DeltaMerge.merge(older, newer));
    assertEquals(1, merged.getJsonArray("matches").size());
    assertEquals("m2", merged.getJsonArray("matches").getJsonObject(0).getString("matchId"));
    assertEquals(1, merged.getInt("count"));
  }

  @Test
  void theNewerTableWinsWhole() {
    StandingRow a1 = new StandingRow(1, "A", 1, 1, 0, 0, 1, 0, 1, 3, 0, "W");
    StandingRow b2 = new StandingRow(2, "B", 1, 0, 0, 1, 0, 1, -1, 0, 0, "L");
    StandingRow b1 = new StandingRow(1, "B", 2, 1, 0, 1, 2, 1, 1, 3, 0, "LW");
    StandingRow a2 = new StandingRow(2, "A", 2, 1, 0, 1, 1, 2, -1, 3, 0, "WL");
    String older =
        MatchJson.standings(new StandingsView("PL", "2026-27", "total", true, List.of(a1, b2), T))
            .build()
            .toString();
    String newer =
        MatchJson.standings(new StandingsView("PL", "2026-27", "total", false, List.of(b1, a2), T))
            .build()
            .toString();
    JsonObject merged = read(DeltaMerge.merge(older, newer));
    assertEquals("B", merged.getJsonArray("rows").getJsonObject(0).getString("team"));
    assertEquals(2, merged.getJsonArray("rows").size());
    assertEquals(false, merged.getBoolean("provisional"));
  }
}

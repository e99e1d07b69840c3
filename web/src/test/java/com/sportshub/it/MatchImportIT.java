package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing the openfootball Premier League 2022/23 file (matches-module test resources, CC0)
 * reproduces the official final table (premierleague.com tables, 2022/23): Manchester City 89
 * points, +61; Southampton last, 25 points, -37.
 */
@ExtendWith(HubNode.class)
class MatchImportIT {

  private static String seasonFile() throws Exception {
    return Files.readString(
        TestSettings.serverConfig()
            .getParent()
            .resolve(
                Path.of(
                    "matches-module",
                    "src",
                    "test",
                    "resources",
                    "openfootball",
                    "en.1.2022-23.json")));
  }

  private static Api.Response upload(PayaraMicro hub, String token, String query, String body)
      throws Exception {
    return new Api(hub.base()).post("/api/matches/import/openfootball" + query, token, body);
  }

  @Test
  void importingTheSeasonReproducesTheOfficialTableAndImportingAgainChangesNothing(PayaraMicro hub)
      throws Exception {
    String file = seasonFile();
    Api.Response first = upload(hub, Referee.ADMIN, "?competition=PL&season=2022-23", file);
    assertEquals(200, first.status(), first.body());
    assertEquals(380, first.json().asJsonObject().getInt("matches"));

    Api.Response read = new Api(hub.base()).get("/api/matches/standings/PL?season=2022-23");
    assertEquals(200, read.status(), read.body());
    JsonArray rows = read.json().asJsonObject().getJsonArray("rows");
    JsonObject top = rows.getJsonObject(0);
    JsonObject bottom = rows.getJsonObject(19);
    assertEquals("Manchester City FC", top.getString("team"));
    assertEquals(89, top.getInt("points"));
    assertEquals(61, top.getInt("goalDifference"));
    assertEquals("Southampton FC", bottom.getString("team"));
    assertEquals(25, bottom.getInt("points"));
    assertEquals(-37, bottom.getInt("goalDifference"));

    Api.Response again = upload(hub, Referee.ADMIN, "?competition=PL&season=2022-23", file);
    assertEquals(0, again.json().asJsonObject().getInt("created"), again.body());
    assertEquals(0, again.json().asJsonObject().getInt("updated"), again.body());
  }

  @Test
  void theHomeTableCountsHomeMatchesOnly(PayaraMicro hub) throws Exception {
    upload(hub, Referee.ADMIN, "?competition=PL&season=2022-23", seasonFile());
    JsonArray rows =
        new Api(hub.base())
            .get("/api/matches/standings/PL?season=2022-23&type=home")
            .json()
            .asJsonObject()
            .getJsonArray("rows");
    // 19 home matches each
    rows.getValuesAs(JsonObject.class)
        .forEach(r -> assertEquals(19, r.getInt("played"), r.toString()));
  }

  @Test
  void onlyAnAdminMayImport(PayaraMicro hub) throws Exception {
    assertEquals(
        403,
        upload(hub, TestTokens.forRoles("ref", "referee"), "?competition=PL&season=2022-23", "{}")
            .status());
    assertEquals(401, upload(hub, null, "?competition=PL&season=2022-23", "{}").status());
  }
}

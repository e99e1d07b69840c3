package com.sportshub.matches.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.matches.entity.MatchResult;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading the openfootball football.json season format. */
class OpenfootballSeasonTest {

  // Shaped like the files of github.com/openfootball/football.json: a current-style score, an
  // older-style score1/score2, and a match not yet played.
  private static final String SEASON =
      """
      {"name": "Test League 2022/23", "matches": [
        {"round": "Matchday 1", "date": "2022-08-05", "time": "20:00",
         "team1": "Crystal Palace FC", "team2": "Arsenal FC",
         "score": {"ht": [0, 1], "ft": [0, 2]}},
        {"round": "Matchday 2", "date": "2022-08-13",
         "team1": "Arsenal FC", "team2": "Leicester City FC", "score1": 4, "score2": 2},
        {"round": "Matchday 38", "date": "2023-05-28",
         "team1": "Arsenal FC", "team2": "Wolverhampton Wanderers FC"}
      ]}
      """;

  private static OpenfootballSeason season() {
    return OpenfootballSeason.read(new StringReader(SEASON));
  }

  @Test
  void readsTheFullTimeScoresWithMatchdayAndDate() {
    assertEquals(
        List.of(
            new MatchResult("Crystal Palace FC", "Arsenal FC", 0, 2, 1, LocalDate.of(2022, 8, 5)),
            new MatchResult("Arsenal FC", "Leicester City FC", 4, 2, 2, LocalDate.of(2022, 8, 13))),
        season().results());
  }

  @Test
  void skipsMatchesWithoutAScoreButKeepsTheirTeams() {
    var season = season();
    assertEquals(1, season.unscored());
    assertEquals(
        Set.of(
            "Crystal Palace FC", "Arsenal FC", "Leicester City FC", "Wolverhampton Wanderers FC"),
        season.teams());
  }

  @Test
  void keepsTheSeasonName() {
    assertEquals("Test League 2022/23", season().name());
  }

  @Test
  void refusesTextThatIsNotASeason() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OpenfootballSeason.read(new StringReader("{\"matches\": [{\"team1\": \"A\"}]}")));
    assertThrows(
        IllegalArgumentException.class, () -> OpenfootballSeason.read(new StringReader("[]")));
  }
}

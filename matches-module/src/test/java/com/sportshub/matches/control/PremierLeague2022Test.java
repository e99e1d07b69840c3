package com.sportshub.matches.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.matches.entity.MatchResult;
import com.sportshub.matches.entity.SeasonResults;
import com.sportshub.matches.entity.Standings;
import com.sportshub.matches.entity.TableRow;
import com.sportshub.matches.entity.TableType;
import com.sportshub.matches.entity.TieBreakRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Premier League 2022/23 results of openfootball (test resource openfootball/, CC0) reproduce
 * the official tables. Expected values come from the league's published final table
 * (premierleague.com/tables, season 2022/23; the same in the "2022–23 Premier League" article of
 * Wikipedia) and from the Opta standings of 22 May 2023 carried by Reuters, not from this code.
 */
class PremierLeague2022Test {

  private static final StandingsCalculator CALCULATOR =
      new StandingsCalculator(TieBreakRules.PREMIER_LEAGUE);

  private static OpenfootballSeason season() {
    try (var json =
        PremierLeague2022Test.class.getResourceAsStream("/openfootball/en.1.2022-23.json")) {
      return OpenfootballSeason.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Standings table(List<MatchResult> results) {
    return CALCULATOR.table(TableType.TOTAL, SeasonResults.of(results));
  }

  /** Team as spelled in the file, points, goal difference, goals scored. */
  private record Final(String team, int points, int goalDifference, int goalsFor) {}

  @Test
  void theFileHoldsEveryMatchOfTheSeasonWithAScore() {
    var season = season();
    assertEquals(380, season.results().size());
    assertEquals(0, season.unscored());
    assertEquals(20, season.teams().size());
  }

  @Test
  void reproducesTheOfficialFinalTable() {
    var expected =
        List.of(
            new Final("Manchester City FC", 89, 61, 94),
            new Final("Arsenal FC", 84, 45, 88),
            new Final("Manchester United FC", 75, 15, 58),
            new Final("Newcastle United FC", 71, 35, 68),
            new Final("Liverpool FC", 67, 28, 75),
            new Final("Brighton & Hove Albion FC", 62, 19, 72),
            new Final("Aston Villa FC", 61, 5, 51),
            new Final("Tottenham Hotspur FC", 60, 7, 70),
            new Final("Brentford FC", 59, 12, 58),
            new Final("Fulham FC", 52, 2, 55),
            new Final("Crystal Palace FC", 45, -9, 40),
            new Final("Chelsea FC", 44, -9, 38),
            new Final("Wolverhampton Wanderers FC", 41, -27, 31),
            new Final("West Ham United FC", 40, -13, 42),
            new Final("AFC Bournemouth", 39, -34, 37),
            new Final("Nottingham Forest FC", 38, -30, 38),
            new Final("Everton FC", 36, -23, 34),
            new Final("Leicester City FC", 34, -17, 51),
            new Final("Leeds United FC", 31, -30, 48),
            new Final("Southampton FC", 25, -37, 36));
    var actual =
        table(season().results()).rows().stream()
            .map(row -> new Final(row.team(), row.points(), row.goalDifference(), row.goalsFor()))
            .toList();
    assertEquals(expected, actual);
  }

  @Test
  void everyTeamPlayedThirtyEightMatches() {
    assertEquals(
        List.of(38),
        table(season().results()).rows().stream().map(TableRow::played).distinct().toList());
  }

  @Test
  void reproducesTheTableAsItStoodOn22May2023() {
    // Opta via Reuters, 22 May 2023: P W D L F A Pts. Leicester and Leeds are both on 31 points;
    // Leicester is above on goal difference (-18 against -27).
    var expected =
        List.of(
            "Manchester City FC 36 28 4 4 93 31 88",
            "Arsenal FC 37 25 6 6 83 43 81",
            "Newcastle United FC 37 19 13 5 67 32 70",
            "Manchester United FC 36 21 6 9 52 41 69",
            "Liverpool FC 37 19 9 9 71 43 66",
            "Brighton & Hove Albion FC 36 18 7 11 70 50 61",
            "Aston Villa FC 37 17 7 13 49 45 58",
            "Tottenham Hotspur FC 37 17 6 14 66 62 57",
            "Brentford FC 37 14 14 9 57 46 56",
            "Fulham FC 37 15 7 15 54 51 52",
            "Crystal Palace FC 37 11 11 15 39 48 44",
            "Chelsea FC 36 11 10 15 36 42 43",
            "Wolverhampton Wanderers FC 37 11 8 18 31 53 41",
            "West Ham United FC 37 11 7 19 41 53 40",
            "AFC Bournemouth 37 11 6 20 37 70 39",
            "Nottingham Forest FC 37 9 10 18 37 67 37",
            "Everton FC 37 7 12 18 33 57 33",
            "Leicester City FC 37 8 7 22 49 67 31",
            "Leeds United FC 37 7 10 20 47 74 31",
            "Southampton FC 37 6 6 25 32 69 24");
    var until = LocalDate.of(2023, 5, 22);
    var played = season().results().stream().filter(r -> !r.date().isAfter(until)).toList();
    var actual =
        table(played).rows().stream()
            .map(
                r ->
                    "%s %d %d %d %d %d %d %d"
                        .formatted(
                            r.team(),
                            r.played(),
                            r.won(),
                            r.drawn(),
                            r.lost(),
                            r.goalsFor(),
                            r.goalsAgainst(),
                            r.points()))
            .toList();
    assertEquals(expected, actual);
  }
}

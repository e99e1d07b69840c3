package com.sportshub.matches.control.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.matches.control.StandingsCalculator;
import com.sportshub.matches.control.play.ScoreBoard;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchResult;
import com.sportshub.matches.entity.SeasonResults;
import com.sportshub.matches.entity.Standings;
import com.sportshub.matches.entity.TableRow;
import com.sportshub.matches.entity.TableType;
import com.sportshub.matches.entity.Team;
import com.sportshub.matches.entity.TieBreakRules;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import path without a database: the openfootball Premier League 2022/23 file (test resource
 * openfootball/, CC0) read as fixtures, each score turned into goal events, the events counted by
 * the score board, the table computed. It must be the official final table (premierleague.com
 * tables, 2022/23; also the "2022–23 Premier League" article of Wikipedia).
 */
class OpenfootballImportTest {

  private static final Instant NOW = Instant.parse("2023-06-01T00:00:00Z");

  private static List<FeedMatch> fixtures() {
    return OpenfootballFixtures.read(
        Fixtures.text("/openfootball/en.1.2022-23.json"),
        "PL",
        "2022-23",
        ZoneId.of("Europe/London"));
  }

  /** A fixture merged as the import does it: created, moved to its phase, goals reconciled. */
  private static MatchResult imported(FeedMatch fed) {
    FootballMatch m =
        new FootballMatch(
            fed.fixture(),
            new Team(fed.homeTeam(), null),
            new Team(fed.awayTeam(), null),
            "openfootball",
            NOW);
    m.moveTo(FeedPhases.of(fed, m.phase()), NOW);
    List<MatchEvent> events = new ArrayList<>();
    ScoreReconciler.plan(
            events,
            new ScoreReconciler.Target(
                fed.halfTime(), fed.score(), fed.extraTime(), fed.penalties()),
            m.phase(),
            m.progress(),
            null)
        .forEach(
            p ->
                events.add(
                    new MatchEvent(
                        m.id(), m.nextEventSeq(), p.phase(), p.facts(), "openfootball", NOW)));
    Goals ft = ScoreBoard.count(m, events).fullTime();
    Goals ht = ScoreBoard.count(m, events).halfTime();
    // The file leaves out the half-time score of goalless draws; it can only have been 0-0.
    assertEquals(fed.halfTime() != null ? fed.halfTime() : Goals.NONE, ht, fed.matchId());
    return new MatchResult(fed.homeTeam(), fed.awayTeam(), ft.home(), ft.away());
  }

  @Test
  void everyMatchGetsItsOwnIdAndIsFinished() {
    List<FeedMatch> fixtures = fixtures();
    assertEquals(380, fixtures.size());
    assertEquals(380, fixtures.stream().map(FeedMatch::matchId).distinct().count());
    // Crystal Palace v Arsenal, Friday 5 August 2022, 20:00 in London (BST, UTC+1)
    assertEquals(Instant.parse("2022-08-05T19:00:00Z"), fixtures.get(0).kickoff());
    assertEquals(1, fixtures.get(0).matchday());
  }

  @Test
  void importingReproducesTheOfficialFinalTable() {
    List<MatchResult> results = fixtures().stream().map(OpenfootballImportTest::imported).toList();
    Standings table =
        new StandingsCalculator(TieBreakRules.PREMIER_LEAGUE)
            .table(TableType.TOTAL, SeasonResults.of(results));
    TableRow first = table.rows().get(0);
    TableRow last = table.rows().get(19);
    assertEquals("Manchester City FC", first.team());
    assertEquals(89, first.points());
    assertEquals(61, first.goalDifference());
    assertEquals("Southampton FC", last.team());
    assertEquals(25, last.points());
    assertEquals(-37, last.goalDifference());
  }

  @Test
  void aFileWithoutMatchesIsRefused() {
    assertThrows(
        InvalidMatchInput.class,
        () -> OpenfootballFixtures.read("{\"name\":\"x\"}", "PL", "2022-23", ZoneId.of("UTC")));
  }
}

package com.sportshub.matches.control.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.matches.control.play.CommandReader;
import com.sportshub.matches.control.play.MatchReferee;
import com.sportshub.matches.control.play.ScoreBoard;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchEventType;
import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.Side;
import com.sportshub.matches.entity.SideStatistics;
import com.sportshub.matches.entity.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The simulator's steps applied to matches the way the boundary applies them (through the command
 * reader and the referee, with no database): every command must be legal where it is given.
 */
class MatchSimulatorTest {

  private static final Instant START = Instant.parse("2026-08-22T14:00:00Z");

  /** Matches as a hub would hold them, by id. */
  private static final class Hub {
    final Map<String, FootballMatch> matches = new HashMap<>();
    final Map<String, List<MatchEvent>> events = new HashMap<>();
    final Map<String, Map<Side, SideStatistics>> statistics = new HashMap<>();
    final List<String> log = new ArrayList<>();

    void run(MatchSimulator simulator, int minutes) {
      Instant now = START;
      for (int i = 0; i < minutes; i++) {
        for (MatchSimulator.Step step : simulator.tick(now)) {
          if (step instanceof MatchSimulator.Create create) {
            var f = create.fixture();
            matches.put(
                f.matchId(),
                new FootballMatch(
                    f,
                    new Team(f.homeTeam(), null),
                    new Team(f.awayTeam(), null),
                    "simulator",
                    now));
            events.put(f.matchId(), new ArrayList<>());
            Map<Side, SideStatistics> rows = new EnumMap<>(Side.class);
            rows.put(Side.HOME, new SideStatistics(f.matchId(), Side.HOME));
            rows.put(Side.AWAY, new SideStatistics(f.matchId(), Side.AWAY));
            statistics.put(f.matchId(), rows);
          } else if (step instanceof MatchSimulator.Command c) {
            String id = c.command().matchId();
            MatchReferee.Applied applied =
                MatchReferee.apply(
                    matches.get(id),
                    events.get(id),
                    statistics.get(id),
                    CommandReader.read(c.command()),
                    "simulator",
                    now);
            log.add(c.command().command());
            simulator.applied(c.command(), applied.event() == null ? null : applied.event().id());
          }
        }
        now = now.plusSeconds(1);
      }
    }
  }

  private static MatchSimulator simulator(double postponeChance) {
    return new MatchSimulator(
        new SimulatorSettings(
            "SIM", SimulatorSettings.CLUBS, 4, Duration.ofSeconds(1), postponeChance, 7),
        START);
  }

  @Test
  void playsMatchesFromKickOffToFullTimeWithEveryCommandLegal() {
    Hub hub = new Hub();
    hub.run(simulator(0), 400);
    List<FootballMatch> finished =
        hub.matches.values().stream().filter(m -> m.phase() == MatchPhase.FULL_TIME).toList();
    assertTrue(finished.size() >= 4, "finished: " + finished.size());
    for (FootballMatch m : finished) {
      List<MatchEvent> events = hub.events.get(m.id());
      long goals =
          events.stream()
              .filter(e -> e.type() == MatchEventType.GOAL)
              .filter(e -> !ScoreBoard.disallowed(events).contains(e.id()))
              .count();
      assertEquals(goals, m.score().fullTime().home() + m.score().fullTime().away(), m.id());
      assertTrue(m.minute() == 90, "ended at " + m.minute());
    }
    assertTrue(
        hub.log.contains("pause") && hub.log.contains("resume") && hub.log.contains("statistics"));
  }

  @Test
  void keepsAsManyMatchesGoingAsConfigured() {
    Hub hub = new Hub();
    hub.run(simulator(0), 10);
    assertEquals(4, hub.matches.size());
  }

  @Test
  void postponesAFixtureAtKickOffWhenTheDiceSaySo() {
    Hub hub = new Hub();
    hub.run(simulator(1), 10);
    assertTrue(
        hub.matches.values().stream()
            .allMatch(m -> m.phase() == MatchPhase.POSTPONED || m.phase() == MatchPhase.PRE_MATCH));
    assertTrue(hub.log.contains("postpone"));
  }

  @Test
  void theSameSeedPlaysTheSameCommands() {
    Hub first = new Hub();
    first.run(simulator(0.05), 200);
    Hub second = new Hub();
    second.run(simulator(0.05), 200);
    assertEquals(first.log, second.log);
  }
}

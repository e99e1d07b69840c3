package com.sportshub.matches.control.simulator;

import com.sportshub.matches.commands.MatchCommand;
import com.sportshub.matches.commands.MatchFixture;
import com.sportshub.matches.control.SeasonLabel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plays a made-up league so that the run command shows live football: it keeps {@code
 * matchesAtOnce} fixtures going, each kicking off a few simulated minutes after it is scheduled,
 * and plays them minute by minute. Each call of {@link #tick} is one simulated minute and returns
 * what to do: fixtures to create and commands to apply, through the same path as a referee's.
 *
 * <p>Match ids start with {@code sim-} and the start time in base 36, so a restarted simulator
 * never reuses an id. Not thread-safe: one timer owns it.
 */
public final class MatchSimulator {

  /** Something to do: create a fixture, or apply a command. */
  public sealed interface Step permits Create, Command {}

  public record Create(MatchFixture fixture) implements Step {}

  public record Command(MatchCommand command) implements Step {}

  private static final List<String> SURNAMES =
      List.of(
          "Adeyemi",
          "Baines",
          "Carvalho",
          "Doyle",
          "Eriksen",
          "Fofana",
          "Gallagher",
          "Hughes",
          "Iwobi",
          "Jansen",
          "Kovac",
          "Lindqvist",
          "Mensah",
          "Novak",
          "Okafor",
          "Pereira",
          "Quinn",
          "Rossi",
          "Santos",
          "Tanaka",
          "Ueda",
          "Varga",
          "Walsh",
          "Xhaka",
          "Young",
          "Zielinski",
          "Ahmed",
          "Brennan",
          "Costa",
          "Duarte",
          "Ekong",
          "Flores",
          "Garcia",
          "Holm",
          "Ibrahim",
          "Jovic",
          "Keane",
          "Lopez",
          "Moreau",
          "Nilsson");

  private final SimulatorSettings settings;
  private final SplittableRandom random;
  private final RoundRobin pairings;
  private final String idPrefix;
  private final Map<String, SimulatedMatch> running = new LinkedHashMap<>();
  private long tick;
  private int created;

  public MatchSimulator(SimulatorSettings settings, Instant start) {
    this.settings = settings;
    this.random = new SplittableRandom(settings.seed());
    this.pairings = new RoundRobin(settings.teams());
    this.idPrefix = "sim-" + Long.toString(start.toEpochMilli(), 36) + "-";
  }

  /** One simulated minute at {@code now}. */
  public List<Step> tick(Instant now) {
    tick++;
    List<Step> steps = new ArrayList<>();
    schedule(now, steps);
    for (SimulatedMatch match : List.copyOf(running.values())) {
      match.minute(tick, settings.postponeChance()).forEach(c -> steps.add(new Command(c)));
      if (match.stage() == SimulatedMatch.Stage.OVER) {
        running.remove(match.id);
      }
    }
    return steps;
  }

  private void schedule(Instant now, List<Step> steps) {
    while (running.size() < settings.matchesAtOnce()) {
      Set<String> busy = new HashSet<>();
      running.values().forEach(m -> busy.addAll(List.of(m.home, m.away)));
      RoundRobin.Pairing pairing = pairings.next(busy);
      if (pairing == null) {
        return;
      }
      long lead = 3 + running.size();
      String id = idPrefix + (++created);
      SimulatedMatch match =
          new SimulatedMatch(
              id,
              pairing.home(),
              pairing.away(),
              tick + lead,
              random.split(),
              List.of(squad(pairing.home()), squad(pairing.away())));
      running.put(id, match);
      Instant kickoff = now.plus(settings.minute().multipliedBy(lead));
      steps.add(
          new Create(
              new MatchFixture(
                  id,
                  settings.competition(),
                  SeasonLabel.of(kickoff),
                  null,
                  kickoff,
                  pairing.home(),
                  pairing.away())));
    }
  }

  /** Fourteen players of a club (eleven and three on the bench), the same every time. */
  private List<String> squad(String club) {
    SplittableRandom byClub = new SplittableRandom(club.hashCode() ^ settings.seed());
    List<String> pool = new ArrayList<>(SURNAMES);
    List<String> squad = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      squad.add(pool.remove(byClub.nextInt(pool.size())));
    }
    return squad;
  }

  /** The hub applied a command; {@code eventId} is the event it added, if any. */
  public void applied(MatchCommand command, String eventId) {
    SimulatedMatch match = running.get(command.matchId());
    if (match != null) {
      match.applied(command.clientId(), eventId);
    }
  }

  /** Forgets a match whose command the hub refused (someone else took it over). */
  public void drop(String matchId) {
    running.remove(matchId);
  }

  /** The ids of the matches scheduled or being played. */
  public Set<String> running() {
    return Set.copyOf(running.keySet());
  }
}

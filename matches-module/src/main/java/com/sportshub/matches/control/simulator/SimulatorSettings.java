package com.sportshub.matches.control.simulator;

import java.time.Duration;
import java.util.List;

/**
 * What the match simulator plays: a competition of these teams, so many matches at once, a
 * simulated minute every {@code minute} of real time, each fixture postponed at kick-off with
 * {@code postponeChance}, and the seed that makes a run repeatable.
 */
public record SimulatorSettings(
    String competition,
    List<String> teams,
    int matchesAtOnce,
    Duration minute,
    double postponeChance,
    long seed) {

  public SimulatorSettings {
    teams = List.copyOf(teams);
    if (teams.size() < 2 || teams.size() % 2 != 0) {
      throw new IllegalArgumentException("an even number of teams, at least two, is needed");
    }
    if (matchesAtOnce < 1 || matchesAtOnce > teams.size() / 2) {
      throw new IllegalArgumentException("matchesAtOnce must be from 1 to half the teams");
    }
    if (!(postponeChance >= 0 && postponeChance <= 1)) {
      throw new IllegalArgumentException("postponeChance must be in [0, 1]");
    }
  }

  /** Twelve made-up clubs of the Hub Simulated League. */
  public static final List<String> CLUBS =
      List.of(
          "Ashford Rovers",
          "Bramley Town",
          "Calder Vale",
          "Dunmore United",
          "Eastwick City",
          "Fenwick Athletic",
          "Glenholm FC",
          "Harrow Bridge",
          "Ivybridge Wanderers",
          "Juniper Park",
          "Kestrel Forest",
          "Lowmoor Albion");
}

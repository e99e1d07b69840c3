package com.sportshub.odds.control.simulator;

import java.util.List;

/**
 * What the price simulator plays: the sport keys (any {@code soccer_*}, {@code basketball_*} or
 * {@code tennis_*} key), how many events each keeps open, the bookmaker keys (their margins are
 * spread evenly from 3 % for the first to 7 % for the last), the size of one random-walk step of
 * the true probabilities (standard deviation in log-probability), and the seed that makes a run
 * repeatable.
 */
public record SimulationSettings(
    List<String> sports,
    int eventsPerSport,
    List<String> bookmakers,
    double volatility,
    long seed) {

  public SimulationSettings {
    sports = List.copyOf(sports);
    bookmakers = List.copyOf(bookmakers);
    if (sports.isEmpty() || bookmakers.isEmpty()) {
      throw new IllegalArgumentException("at least one sport and one bookmaker are needed");
    }
    if (eventsPerSport < 1) {
      throw new IllegalArgumentException("eventsPerSport must be at least 1");
    }
    if (!(volatility >= 0 && volatility <= 1)) {
      throw new IllegalArgumentException("volatility must be in [0, 1]");
    }
  }

  /** Three sports with six events each, four bookmakers, steps of 3 %, seed 42. */
  public static SimulationSettings defaults() {
    return new SimulationSettings(
        List.of("soccer_epl", "basketball_nba", "tennis_atp_french_open"),
        6,
        List.of("sim_alpha", "sim_beta", "sim_gamma", "sim_delta"),
        0.03,
        42L);
  }
}

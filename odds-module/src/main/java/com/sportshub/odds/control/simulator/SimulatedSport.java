package com.sportshub.odds.control.simulator;

import com.sportshub.odds.entity.MarketType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What the simulator knows of a sport: its title, made-up team or player names (so simulated prices
 * can never be taken for a real fixture's), how long a match runs, and the markets it opens with
 * their opening probabilities.
 */
record SimulatedSport(String key, String title, Kind kind, List<String> teams, Duration length) {

  /** The families of sports the simulator can price. */
  enum Kind {
    SOCCER,
    BASKETBALL,
    TENNIS
  }

  private static final List<String> SOCCER_CLUBS =
      List.of(
          "Ashford Rovers",
          "Kingsbridge United",
          "Harwick Athletic",
          "Eastgate City",
          "Redcliffe Albion",
          "Thornbury Wanderers",
          "Castleford Park",
          "Westbrook Forest",
          "Millhaven County",
          "Oakham Rangers",
          "Brampton Villa",
          "Greywater Athletic");
  private static final List<String> BASKETBALL_TEAMS =
      List.of(
          "Bay City Comets",
          "Lakeshore Wolves",
          "Granite Peaks",
          "Harbor Town Mariners",
          "Desert Vipers",
          "Capital Monarchs",
          "River City Rapids",
          "Summit Falcons",
          "Prairie Storm",
          "Ironport Titans",
          "Coastal Sharks",
          "Midtown Knights");
  private static final List<String> TENNIS_PLAYERS =
      List.of(
          "Luca Ferreira",
          "Jonas Lindqvist",
          "Mateo Alvarez",
          "Henrik Dahl",
          "Tomasz Wojcik",
          "Rafael Moreau",
          "Kenji Watanabe",
          "Aleksander Petrov",
          "Daniel Okafor",
          "Marco Bellini",
          "Sebastian Kraus",
          "Oliver Grant");

  private static final BigDecimal GOALS_LINE = new BigDecimal("2.5");

  /** The sport for a The Odds API style key; the prefix chooses how it is priced. */
  static SimulatedSport of(String key) {
    if (key.startsWith("soccer_")) {
      return new SimulatedSport(
          key, titleOf(key), Kind.SOCCER, SOCCER_CLUBS, Duration.ofMinutes(115));
    }
    if (key.startsWith("basketball_")) {
      return new SimulatedSport(
          key, titleOf(key), Kind.BASKETBALL, BASKETBALL_TEAMS, Duration.ofMinutes(150));
    }
    if (key.startsWith("tennis_")) {
      return new SimulatedSport(
          key, titleOf(key), Kind.TENNIS, TENNIS_PLAYERS, Duration.ofMinutes(180));
    }
    throw new IllegalArgumentException(
        "cannot simulate " + key + ": keys must start with soccer_, basketball_ or tennis_");
  }

  /**
   * Opening markets for a fixture. One strength difference drives both markets of an event, so the
   * favourite of the head to head also gives the points on the spread.
   */
  List<SimulatedMarket> openingMarkets(String home, String away, RandomGenerator random) {
    return switch (kind) {
      case SOCCER -> {
        double edge = random.nextGaussian(0.25, 0.8); // home advantage
        double draw = 0.27 - 0.08 * Math.abs(Math.tanh(edge));
        double home1 = (1 - draw) * logistic(edge);
        double over = clamp(random.nextGaussian(0.5, 0.06), 0.35, 0.65);
        yield List.of(
            SimulatedMarket.headToHead(List.of(home, away, "Draw"), home1, 1 - draw - home1, draw),
            SimulatedMarket.withLine(
                MarketType.TOTALS, "Over", GOALS_LINE, "Under", GOALS_LINE, over));
      }
      case BASKETBALL -> {
        double edge = random.nextGaussian(0.2, 0.9);
        BigDecimal homePoint = spreadPoint(edge);
        double cover = clamp(random.nextGaussian(0.5, 0.02), 0.45, 0.55);
        yield List.of(
            SimulatedMarket.headToHead(List.of(home, away), logistic(edge), 1 - logistic(edge)),
            SimulatedMarket.withLine(
                MarketType.SPREADS, home, homePoint, away, homePoint.negate(), cover));
      }
      case TENNIS -> {
        double edge = random.nextGaussian(0, 1.1);
        yield List.of(
            SimulatedMarket.headToHead(List.of(home, away), logistic(edge), 1 - logistic(edge)));
      }
    };
  }

  // A half point, so no game lands on the line; negative for the favourite, as books print it.
  private static BigDecimal spreadPoint(double edge) {
    double points = Math.floor(Math.abs(edge) * 6) + 0.5;
    return BigDecimal.valueOf(edge >= 0 ? -points : points);
  }

  private static String titleOf(String key) {
    return switch (key) {
      case "soccer_epl" -> "EPL";
      case "basketball_nba" -> "NBA";
      case "tennis_atp_french_open" -> "ATP French Open";
      default -> key;
    };
  }

  private static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  private static double clamp(double x, double low, double high) {
    return Math.max(low, Math.min(high, x));
  }
}

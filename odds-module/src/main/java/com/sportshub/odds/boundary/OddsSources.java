package com.sportshub.odds.boundary;

import com.sportshub.odds.control.feed.OddsApiSettings;
import com.sportshub.odds.control.feed.OddsSource;
import com.sportshub.odds.control.feed.PolledOdds;
import com.sportshub.odds.control.simulator.PriceWalk;
import com.sportshub.odds.control.simulator.SimulatedOdds;
import com.sportshub.odds.control.simulator.SimulationSettings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the feed the publisher runs: {@code hub.odds.feed} is {@code simulator}, {@code
 * the-odds-api}, or {@code auto} (the default: The Odds API when {@code THE_ODDS_API_KEY} is set,
 * else the simulator, so the run command shows live prices with nothing configured).
 */
@Dependent
public class OddsSources {

  @Inject
  @ConfigProperty(name = "hub.odds.feed", defaultValue = "auto")
  String feed;

  @Inject
  @ConfigProperty(name = "THE_ODDS_API_KEY")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "hub.odds.api.base-url", defaultValue = "https://api.the-odds-api.com")
  URI baseUrl;

  @Inject
  @ConfigProperty(name = "hub.odds.api.sports", defaultValue = "soccer_epl,basketball_nba")
  List<String> apiSports;

  @Inject
  @ConfigProperty(name = "hub.odds.api.regions", defaultValue = "uk,eu")
  String regions;

  @Inject
  @ConfigProperty(name = "hub.odds.api.markets", defaultValue = "h2h,spreads,totals")
  String markets;

  @Inject
  @ConfigProperty(name = "hub.odds.api.interval", defaultValue = "PT60S")
  Duration apiInterval;

  @Inject
  @ConfigProperty(name = "hub.odds.api.timeout", defaultValue = "PT10S")
  Duration apiTimeout;

  @Inject
  @ConfigProperty(
      name = "hub.odds.simulator.sports",
      defaultValue = "soccer_epl,basketball_nba,tennis_atp_french_open")
  List<String> simulatedSports;

  @Inject
  @ConfigProperty(name = "hub.odds.simulator.events-per-sport", defaultValue = "6")
  int eventsPerSport;

  @Inject
  @ConfigProperty(name = "hub.odds.simulator.seed", defaultValue = "42")
  long seed;

  public OddsSource configured() {
    Instant now = Instant.now();
    boolean polled =
        switch (feed) {
          case "the-odds-api" -> true;
          case "simulator" -> false;
          default -> apiKey.filter(key -> !key.isBlank()).isPresent();
        };
    if (polled) {
      String key =
          apiKey.orElseThrow(
              () -> new IllegalStateException("hub.odds.feed=the-odds-api needs THE_ODDS_API_KEY"));
      return new PolledOdds(
          new OddsApiSettings(baseUrl, key, apiSports, regions, markets, apiInterval, apiTimeout),
          now);
    }
    SimulationSettings defaults = SimulationSettings.defaults();
    return new SimulatedOdds(
        new PriceWalk(
            new SimulationSettings(
                simulatedSports,
                eventsPerSport,
                defaults.bookmakers(),
                defaults.volatility(),
                seed),
            now));
  }
}

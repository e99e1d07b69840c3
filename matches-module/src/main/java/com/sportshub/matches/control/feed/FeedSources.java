package com.sportshub.matches.control.feed;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The score feeds this node polls, from configuration. The ESPN-style scoreboard runs when {@code
 * hub.matches.espn.enabled} is true; football-data.org when {@code
 * hub.matches.football-data.enabled} is true, or is {@code auto} (the default) and {@code
 * FOOTBALL_DATA_API_KEY} is set. Neither runs by default: nothing reaches the internet unasked.
 */
@Dependent
public class FeedSources {

  @Inject
  @ConfigProperty(name = "hub.matches.espn.enabled", defaultValue = "false")
  boolean espnEnabled;

  @Inject
  @ConfigProperty(name = "hub.matches.espn.base-url", defaultValue = "https://site.api.espn.com")
  URI espnBase;

  @Inject
  @ConfigProperty(name = "hub.matches.espn.leagues", defaultValue = "eng.1:PL")
  List<String> espnLeagues;

  @Inject
  @ConfigProperty(name = "hub.matches.espn.interval", defaultValue = "PT30S")
  Duration espnInterval;

  @Inject
  @ConfigProperty(name = "hub.matches.football-data.enabled", defaultValue = "auto")
  String footballDataEnabled;

  @Inject
  @ConfigProperty(name = "FOOTBALL_DATA_API_KEY")
  Optional<String> footballDataKey;

  @Inject
  @ConfigProperty(
      name = "hub.matches.football-data.base-url",
      defaultValue = "https://api.football-data.org")
  URI footballDataBase;

  @Inject
  @ConfigProperty(name = "hub.matches.football-data.competitions", defaultValue = "PL")
  List<String> footballDataCompetitions;

  @Inject
  @ConfigProperty(name = "hub.matches.football-data.interval", defaultValue = "PT60S")
  Duration footballDataInterval;

  @Inject
  @ConfigProperty(name = "hub.matches.football-data.days", defaultValue = "1")
  int footballDataDays;

  @Inject
  @ConfigProperty(name = "hub.matches.feeds.timeout", defaultValue = "PT10S")
  Duration timeout;

  @Inject
  @ConfigProperty(name = "hub.matches.feeds.max-backoff", defaultValue = "PT10M")
  Duration maxBackoff;

  public List<FeedPoller> configured() {
    Instant now = Instant.now();
    List<FeedPoller> pollers = new ArrayList<>();
    FeedClient client = new FeedClient(timeout);
    if (espnEnabled) {
      pollers.add(
          new FeedPoller(
              new EspnSource(espnBase, leagues(espnLeagues)),
              client,
              new PollPacing(espnInterval, maxBackoff, now),
              Instant::now));
    }
    boolean keyed = footballDataKey.filter(k -> !k.isBlank()).isPresent();
    if ("true".equals(footballDataEnabled) || ("auto".equals(footballDataEnabled) && keyed)) {
      String key =
          footballDataKey.orElseThrow(
              () -> new IllegalStateException("football-data.org needs FOOTBALL_DATA_API_KEY"));
      pollers.add(
          new FeedPoller(
              new FootballDataSource(
                  footballDataBase, key, footballDataCompetitions, footballDataDays),
              client,
              new PollPacing(footballDataInterval, maxBackoff, now),
              Instant::now));
    }
    return pollers;
  }

  /** {@code eng.1:PL} entries as league to competition code. */
  static Map<String, String> leagues(List<String> entries) {
    Map<String, String> leagues = new LinkedHashMap<>();
    for (String entry : entries) {
      String[] parts = entry.trim().split(":");
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException(
            "hub.matches.espn.leagues entries are league:competition, e.g. eng.1:PL; not " + entry);
      }
      leagues.put(parts[0].trim(), parts[1].trim());
    }
    return leagues;
  }
}

package com.sportshub.matches.control.feed;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * football-data.org v4: {@code {base}/v4/competitions/{code}/matches?dateFrom=..&dateTo=..} per
 * competition, the key in the {@code X-Auth-Token} header; the window is {@code days} either side
 * of today (UTC), which holds every live and just-finished match.
 */
public final class FootballDataSource implements ScoreSource {

  private final URI base;
  private final String key;
  private final List<String> competitions;
  private final int days;

  public FootballDataSource(URI base, String key, List<String> competitions, int days) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("football-data.org needs an API key");
    }
    this.base = base;
    this.key = key;
    this.competitions = List.copyOf(competitions);
    this.days = days;
  }

  @Override
  public String name() {
    return "football-data";
  }

  @Override
  public List<FeedRequest> requests(Instant now) {
    String root = base.toString().replaceAll("/+$", "");
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    String window = "?dateFrom=" + today.minusDays(days) + "&dateTo=" + today.plusDays(days);
    return competitions.stream()
        .map(
            code ->
                new FeedRequest(
                    code,
                    URI.create(root + "/v4/competitions/" + code + "/matches" + window),
                    Map.of("X-Auth-Token", key)))
        .toList();
  }

  @Override
  public List<FeedMatch> read(FeedRequest request, String body) {
    return FootballDataMatches.read(body, request.competition());
  }

  @Override
  public String toString() {
    return "FootballDataSource[" + base + ", key=***, " + competitions + "]";
  }
}

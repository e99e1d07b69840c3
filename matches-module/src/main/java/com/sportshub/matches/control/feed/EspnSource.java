package com.sportshub.matches.control.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An ESPN-style scoreboard per league: {@code
 * {base}/apis/site/v2/sports/soccer/{league}/scoreboard}, each league mapped to a competition code
 * ({@code eng.1} to PL).
 */
public final class EspnSource implements ScoreSource {

  private final URI base;
  private final Map<String, String> leagues;

  /** {@code leagues}: ESPN league slug to the hub's competition code. */
  public EspnSource(URI base, Map<String, String> leagues) {
    this.base = base;
    this.leagues = Map.copyOf(leagues);
  }

  @Override
  public String name() {
    return "espn";
  }

  @Override
  public List<FeedRequest> requests(Instant now) {
    String root = base.toString().replaceAll("/+$", "");
    return leagues.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            league ->
                new FeedRequest(
                    league.getValue(),
                    URI.create(
                        root + "/apis/site/v2/sports/soccer/" + league.getKey() + "/scoreboard"),
                    Map.of()))
        .toList();
  }

  @Override
  public List<FeedMatch> read(FeedRequest request, String body) {
    return EspnScoreboard.read(body, request.competition());
  }
}

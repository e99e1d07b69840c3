package com.sportshub.ws.relay;

import com.sportshub.matches.query.MatchJson;
import com.sportshub.matches.query.MatchQueries;
import com.sportshub.ws.hub.SnapshotSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Snapshots of the matches channels: {@code match:{id}} (the match with its events and statistics;
 * NOT_FOUND when unknown), {@code matches:live} (the live list, as its updates carry it) and {@code
 * standings:{code}} (the current season's live table; NOT_FOUND for an unknown competition).
 */
@ApplicationScoped
public class MatchSnapshots implements SnapshotSource {

  static final String MATCH = "match:";
  static final String LIVE = "matches:live";
  static final String STANDINGS = "standings:";

  @Inject MatchQueries matches;

  @Override
  public boolean serves(String channel) {
    return channel.startsWith(MATCH) || channel.equals(LIVE) || channel.startsWith(STANDINGS);
  }

  @Override
  public Optional<String> snapshot(String channel) {
    if (channel.equals(LIVE)) {
      return Optional.of(MatchJson.live(matches.live(), Instant.now()).build().toString());
    }
    if (channel.startsWith(MATCH)) {
      return matches
          .match(channel.substring(MATCH.length()))
          .map(detail -> MatchJson.detail(detail).build().toString());
    }
    return matches
        .standings(channel.substring(STANDINGS.length()), null, "total", true)
        .map(table -> MatchJson.standings(table).build().toString());
  }
}

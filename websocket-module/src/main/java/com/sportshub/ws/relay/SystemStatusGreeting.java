package com.sportshub.ws.relay;

import com.sportshub.matches.query.MatchJson;
import com.sportshub.matches.query.MatchQueries;
import com.sportshub.ws.broker.JsonText;
import com.sportshub.ws.hub.Greeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Subscribers of {@code matches:live} first get {@code {"type": "system_status", "channel":
 * "matches:live", "data": {...}, "ts": ...}}: each feed's sync state, so a dashboard knows how far
 * to trust the list that follows (seed 004's "system status on connection").
 */
@ApplicationScoped
public class SystemStatusGreeting implements Greeting {

  @Inject MatchQueries matches;

  @Override
  public boolean serves(String channel) {
    return channel.equals(MatchSnapshots.LIVE);
  }

  @Override
  public Optional<String> message(String channel) {
    return Optional.of(
        JsonText.JSON
            .createObjectBuilder()
            .add("type", "system_status")
            .add("channel", channel)
            .add("data", MatchJson.systemStatus(matches.systemStatus()))
            .add("ts", System.currentTimeMillis())
            .build()
            .toString());
  }
}

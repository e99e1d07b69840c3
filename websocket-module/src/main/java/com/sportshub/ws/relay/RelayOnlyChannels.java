package com.sportshub.ws.relay;

import com.sportshub.ws.hub.SnapshotSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Channels that carry messages but hold no state: {@code news}, {@code notice:{name}} and {@code
 * user:{subject}}. They always exist; their snapshot is {@code null} (a client that missed messages
 * beyond the resume window cannot get them back from a snapshot).
 */
@ApplicationScoped
public class RelayOnlyChannels implements SnapshotSource {

  @Override
  public boolean serves(String channel) {
    return channel.equals("news") || channel.startsWith("notice:") || channel.startsWith("user:");
  }

  @Override
  public Optional<String> snapshot(String channel) {
    return Optional.of("null");
  }
}

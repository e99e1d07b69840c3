package com.sportshub.ws.hub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The snapshot of any channel, from whichever {@link SnapshotSource} serves its family. A channel
 * no source serves has no entity behind it yet: empty, as for an unknown entity.
 */
@ApplicationScoped
public class Snapshots {

  @Inject @Any Instance<SnapshotSource> sources;

  public Optional<String> of(String channel) {
    for (SnapshotSource source : sources) {
      if (source.serves(channel)) {
        return source.snapshot(channel);
      }
    }
    return Optional.empty();
  }
}

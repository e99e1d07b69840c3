package com.sportshub.ws.hub;

import java.util.Optional;

/** Knows the current state of one family of channels (a sport's odds, a race, a table...). */
public interface SnapshotSource {

  /** Whether the channel belongs to this source's family. */
  boolean serves(String channel);

  /**
   * The channel's full current state as JSON text, or empty when the entity behind the channel does
   * not exist (the client gets {@code NOT_FOUND}). Called off the WebSocket I/O threads; may read
   * the database.
   */
  Optional<String> snapshot(String channel);
}

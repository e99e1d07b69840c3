package com.sportshub.ws.hub;

import java.util.Optional;

/**
 * A message a channel's new subscribers get before their {@code subscribed} reply, outside the
 * channel's numbered updates: state that is not the channel's own but that they should see first
 * (the feeds' sync status for {@code matches:live}).
 */
public interface Greeting {

  /** Whether subscribers of the channel are greeted by this. */
  boolean serves(String channel);

  /**
   * The whole message as JSON text, or empty for none now. Called off the WebSocket I/O threads;
   * may read the database.
   */
  Optional<String> message(String channel);
}

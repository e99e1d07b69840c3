package com.sportshub.ws.endpoint;

import com.sportshub.ws.hub.Outbox;
import com.sportshub.ws.transport.WireFrame;
import jakarta.websocket.Session;

/**
 * Where a client's frames are written: the container's connection in the hub ({@code
 * SessionLinks::of} of {@code ws.transport}), a fake in tests, so that a client's queueing and
 * slowness are tested without a server.
 */
@FunctionalInterface
interface ClientLinks {

  /**
   * @param free to call when a write finished, for links that can tell
   */
  Outbox.Link<WireFrame> of(Session session, Runnable free);
}

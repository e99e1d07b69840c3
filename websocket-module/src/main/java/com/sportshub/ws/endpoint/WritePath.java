package com.sportshub.ws.endpoint;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Which way this node writes frames to its connections, for operators ({@code /health/live}, check
 * {@code websocket}): {@code grizzly} (straight to the connection's write queue, the fast path),
 * {@code tyrus} (Tyrus's raw-frame call) or {@code websocket-api}; {@code none yet} before the
 * first connection wrote. The fast path depends on container internals (see {@link GrizzlyWrites}),
 * so a server upgrade can move a node to a slower path without anything failing: this is where that
 * shows, and the integration tests check it.
 */
@Liveness
@jakarta.enterprise.context.ApplicationScoped
public class WritePath implements HealthCheck {

  private static volatile String latest = "none yet";

  static void used(String path) {
    latest = path;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("websocket").up().withData("writePath", latest).build();
  }
}

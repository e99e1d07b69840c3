package com.sportshub.ws.endpoint;

import com.sportshub.ws.status.NodeFigures;
import com.sportshub.ws.transport.Workarounds;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The WebSocket layer of this node, for operators ({@code /health/live}, check {@code websocket}):
 * its connections and channels (seed 001's {@code connected} and {@code rooms}), its uptime, and
 * which way it writes frames to its connections: {@code grizzly} (straight to the connection's
 * write queue, the fast path), {@code tyrus} (Tyrus's raw-frame call) or {@code websocket-api};
 * {@code none yet} before the first connection wrote. The fast path depends on container internals
 * (see {@code ws.transport}), so a server upgrade can move a node to a slower path without anything
 * failing: this is where that shows, with whether the plain idle timer took effect ({@code
 * idleTimer}), and the integration tests check it.
 */
@Liveness
@jakarta.enterprise.context.ApplicationScoped
public class WritePath implements HealthCheck {

  @Inject NodeOperations operations;

  @Override
  public HealthCheckResponse call() {
    NodeFigures figures = operations.figures(0);
    return HealthCheckResponse.named("websocket")
        .up()
        .withData("writePath", Workarounds.writePath())
        .withData("idleTimer", Workarounds.idleTimer())
        .withData("connected", figures.connections())
        .withData("authenticated", figures.authenticated())
        .withData("rooms", figures.channels())
        .withData("subscriptions", figures.subscriptions())
        .withData("uptimeSeconds", Duration.between(figures.startedAt(), Instant.now()).toSeconds())
        .withData("draining", figures.draining())
        .build();
  }
}

package com.sportshub.ws.relay;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Startup check {@code delivery} ({@code /health/started}): UP once {@link DeliveryStartup} has
 * started the broker, the fan-out and the intake, so an orchestrator knows when to start asking
 * liveness and readiness.
 */
@Startup
@ApplicationScoped
public class DeliveryStarted implements HealthCheck {

  private volatile boolean started;

  void started() {
    started = true;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("delivery").status(started).build();
  }
}

package com.sportshub.ws.endpoint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness check {@code drain}: DOWN once the node drains, so that load balancers leave it. */
@Readiness
@ApplicationScoped
public class DrainReadiness implements HealthCheck {

  @Inject NodeOperations operations;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("drain").status(!operations.draining()).build();
  }
}

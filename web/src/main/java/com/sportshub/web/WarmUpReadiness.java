package com.sportshub.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the {@link WarmUp} has run the write path's hot code. */
@Readiness
@ApplicationScoped
public class WarmUpReadiness implements HealthCheck {

  @Inject WarmUp warmUp;

  @Override
  public HealthCheckResponse call() {
    warmUp.start();
    return HealthCheckResponse.named("warm-up")
        .status(warmUp.done())
        .withData("warm-up", warmUp.summary())
        .build();
  }
}

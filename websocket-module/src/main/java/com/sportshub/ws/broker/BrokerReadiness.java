package com.sportshub.ws.broker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the broker cannot reach the other nodes: a balancer should send clients on. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

  @Inject Broker broker;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("broker")
        .status(broker.connected())
        .withData("broker", broker.description())
        .build();
  }
}

package com.sportshub.ws.broker;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the delivery layer has started, nor while the broker cannot reach the other
 * nodes: a balancer should send clients elsewhere.
 *
 * <p>It does not create the broker itself (health checks may run on a thread of another component,
 * see {@code DeliveryStartup}); the start-up hands the broker over.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

  private volatile Broker broker;

  public void started(Broker broker) {
    this.broker = broker;
  }

  @Override
  public HealthCheckResponse call() {
    Broker current = broker;
    if (current == null) {
      return HealthCheckResponse.named("broker").down().withData("broker", "starting").build();
    }
    return HealthCheckResponse.named("broker")
        .status(current.connected())
        .withData("broker", current.description())
        .build();
  }
}

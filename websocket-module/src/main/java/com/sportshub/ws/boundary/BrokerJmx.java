package com.sportshub.ws.boundary;

import com.sportshub.ws.broker.Broker;

/**
 * The broker's face in the platform MBean server; registered with the node's by {@link NodeJmx}.
 */
final class BrokerJmx implements BrokerJmxMBean {

  static final String NAME = "com.sportshub:type=Broker";

  private final Broker broker;
  private final ApplicationCalls calls = new ApplicationCalls();

  BrokerJmx(Broker broker) {
    this.broker = broker;
  }

  @Override
  public String getDescription() {
    return calls.run(broker::description);
  }

  @Override
  public boolean isConnected() {
    return calls.run(broker::connected);
  }

  @Override
  public int getWaiting() {
    return calls.run(broker::waiting);
  }

  @Override
  public String getGeneration() {
    return calls.run(broker::generation);
  }
}

package com.sportshub.ws.broker;

/**
 * The in-memory twin against the broker contract. A single node is its whole cluster, so "two
 * nodes" are the same broker, whose one listener list then holds both listeners.
 */
class InMemoryBrokerTest extends BrokerContract {

  private Broker cluster;

  @Override
  protected Broker newNode(ResumeWindow window) {
    if (cluster == null) {
      cluster = new InMemoryBroker(threads, window);
    }
    return cluster;
  }
}

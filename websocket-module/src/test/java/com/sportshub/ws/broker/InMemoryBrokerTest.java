package com.sportshub.ws.broker;

/**
 * The in-memory twin against the broker contract. A single node is its whole cluster, so "two
 * nodes" are the same broker, whose one listener list then holds both listeners; once it stops,
 * crashed or not, the next node starts a new cluster.
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

  @Override
  protected void stop(Broker node) {
    node.close();
    cluster = null;
  }

  @Override
  protected void crash(Broker node) {
    stop(node);
  }
}

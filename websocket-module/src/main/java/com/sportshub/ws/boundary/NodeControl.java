package com.sportshub.ws.boundary;

import com.sportshub.ws.broker.Broker;
import com.sportshub.ws.endpoint.NodeOperations;
import com.sportshub.ws.status.NodeFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the REST API and JMX offer operators of this node: its figures, draining it before a
 * restart, closing one connection. See {@link NodeOperations}.
 */
@ApplicationScoped
public class NodeControl {

  @Inject NodeOperations operations;
  @Inject Broker broker;

  /** How this node reaches the others: Redis at an address, or in memory (one node). */
  public String brokerDescription() {
    return broker.description();
  }

  public NodeFigures figures(int busiest) {
    return operations.figures(busiest);
  }

  /** Starts draining; returns how many connections are being closed. */
  public int drain() {
    return operations.drain();
  }

  public boolean close(String connectionId) {
    return operations.close(connectionId, "closed by an operator");
  }
}

package com.sportshub.ws.boundary;

import com.sportshub.ws.broker.Broker;
import com.sportshub.ws.endpoint.NodeOperations;
import com.sportshub.ws.status.NodeFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

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

  /** What every live node of the cluster last reported: a JSON object each (see NodeOperations). */
  public List<String> clusterReports() {
    return operations.clusterReports();
  }

  /** Starts telling the cluster this node's figures, every few seconds. */
  public void startReporting() {
    operations.startReporting();
  }

  /** Starts draining; returns how many connections are being closed. */
  public int drain() {
    return operations.drain();
  }

  public boolean close(String connectionId) {
    return operations.close(connectionId, "closed by an operator");
  }
}

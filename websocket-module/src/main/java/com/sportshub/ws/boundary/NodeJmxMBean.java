package com.sportshub.ws.boundary;

/**
 * This node as an operator's JMX console sees it, under {@code com.sportshub:type=Node}: the
 * figures of {@code GET /api/node} and its two operations.
 */
public interface NodeJmxMBean {

  int getConnections();

  int getAuthenticatedConnections();

  int getChannels();

  int getSubscriptions();

  /** The ten busiest channels as {@code channel=subscribers}. */
  String[] getBusiestChannels();

  boolean isDraining();

  /** Starts draining for a restart; returns how many connections are being closed. */
  int drain();

  /** Closes one connection (1008); false when none with that id is open. */
  boolean closeConnection(String connectionId);
}

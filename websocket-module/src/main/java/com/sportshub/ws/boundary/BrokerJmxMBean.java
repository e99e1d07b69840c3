package com.sportshub.ws.boundary;

/** The node's broker as a JMX console sees it, under {@code com.sportshub:type=Broker}. */
public interface BrokerJmxMBean {

  /** What the broker is and where it points: Redis at an address, or in memory. */
  String getDescription();

  /** Whether updates published now reach the other nodes. */
  boolean isConnected();

  /** Updates taken and not yet handed to Redis (they wait while Redis is away). */
  int getWaiting();

  /** The id of the channels' history; it changes when Redis restarted empty. */
  String getGeneration();
}

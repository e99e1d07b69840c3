package com.sportshub.ws.hub;

/** Anything that can be sent frames of the channels it joined: a WebSocket client, or a test. */
public interface Subscriber {

  /** A stable id, unique on this node, for logs and the registry. */
  String id();

  /** Queues a frame for sending; must not block. */
  void send(String frame);
}

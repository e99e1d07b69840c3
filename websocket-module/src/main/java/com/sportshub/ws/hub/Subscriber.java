package com.sportshub.ws.hub;

import com.sportshub.ws.broker.Envelope;

/** Anything that receives the updates of the channels it joined: a WebSocket client, or a test. */
public interface Subscriber {

  /** A stable id, unique on this node, for logs and the registry. */
  String id();

  /** Takes one update of a joined channel; must not block. Updates arrive in seq order. */
  void deliver(Envelope update);

  /** The channel's history was lost and its seqs start again: catch up afresh. Must not block. */
  void historyLost(String channel);
}

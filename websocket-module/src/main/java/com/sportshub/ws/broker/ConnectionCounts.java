package com.sportshub.ws.broker;

/**
 * Each user's (token subject's) connections, counted across the cluster, so that a per-user limit
 * holds whichever nodes the connections are on.
 *
 * <p>The limit is the caller's setting, passed with each claim. A claim may wait for the cluster's
 * store (one round trip, bounded): call it on the client's own lane, never on a WebSocket I/O
 * thread or a thread of the broker. A release never waits, so it may come from anywhere.
 */
public interface ConnectionCounts {

  /**
   * Counts one more connection of {@code subject} if fewer than {@code limit} are counted now.
   *
   * @return false, counting nothing, when the subject has no room left
   */
  boolean claimConnection(String subject, int limit);

  /** Counts one connection of {@code subject} less (one that a claim counted). */
  void releaseConnection(String subject);
}

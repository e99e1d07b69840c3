package com.sportshub.ws.broker;

import java.util.Map;

/**
 * Where the nodes of a cluster keep their counts of each subject's connections: per subject, one
 * count per node, each node writing only its own. A node is known by an id of its process (a new
 * one at every start), and stays alive in the store only while it renews its liveness: the counts
 * of a node whose liveness lapsed are left out of every claim, and removed by it.
 *
 * <p>Every call may throw when the store cannot be reached; none waits longer than a short bound.
 */
interface ConnectionStore {

  /**
   * What a claim found.
   *
   * @param granted whether the claim fitted under the limit
   * @param alive whether this node's liveness was still in the store: when it was not, other nodes
   *     may have dropped this node's counts, which it should then write again
   */
  record Claim(boolean granted, boolean alive) {}

  /**
   * In one atomic step: adds up the subject's counts of the other live nodes (removing those of
   * dead nodes) and {@code mine}, this node's own count now; if that is below {@code limit},
   * records {@code mine + 1} as this node's count, otherwise {@code mine}.
   */
  Claim claim(String subject, int mine, int limit);

  /** Records this node's count of each subject; 0 removes it. */
  void write(Map<String, Integer> counts);

  /**
   * Keeps this node alive for another liveness period.
   *
   * @return false when its liveness had lapsed (or this is the first renewal): other nodes may have
   *     dropped its counts meanwhile, or the store lost them
   */
  boolean renewLiveness();

  /** Ends this node's liveness at once, on a clean stop, so that its counts stop counting. */
  void forget();
}

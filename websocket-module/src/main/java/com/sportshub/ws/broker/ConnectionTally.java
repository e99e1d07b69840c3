package com.sportshub.ws.broker;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One node's own count of each subject's connections. Exact for a single node, and the truth about
 * this node's share of a cluster's count: what {@link ClusterConnectionCounts} writes to the
 * cluster's store, and what it falls back to while the store is away. A subject with no connection
 * left is forgotten, so the tally holds only subjects connected now.
 */
final class ConnectionTally implements ConnectionCounts {

  private final Map<String, Integer> perSubject = new ConcurrentHashMap<>();

  @Override
  public boolean claimConnection(String subject, int limit) {
    boolean[] granted = {false};
    perSubject.compute(
        subject,
        (s, count) -> {
          int now = count == null ? 0 : count;
          granted[0] = now < limit;
          return granted[0] ? now + 1 : count;
        });
    return granted[0];
  }

  @Override
  public void releaseConnection(String subject) {
    perSubject.computeIfPresent(subject, (s, count) -> count <= 1 ? null : count - 1);
  }

  /** Counts one more connection, whatever the limit: the cluster's store granted it. */
  void add(String subject) {
    perSubject.merge(subject, 1, Integer::sum);
  }

  int count(String subject) {
    return perSubject.getOrDefault(subject, 0);
  }

  /** The subjects with at least one connection on this node, as of now. */
  Set<String> subjects() {
    return Set.copyOf(perSubject.keySet());
  }
}

package com.sportshub.matches.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps each match's publications in commit order on this node. A change is published by observers
 * after commit, on the committing thread; holding a lock per match (striped) from before the
 * transaction until after its publications means a later change of the same match can never reach
 * clients before an earlier one. Stripes are taken in order, so two holders never wait for each
 * other. Across nodes the row lock on the match orders the writes.
 */
@ApplicationScoped
public class MatchLocks {

  private static final int STRIPES = 64;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  public MatchLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** Runs {@code work} holding the locks of these matches. */
  public <T> T holding(Collection<String> matchIds, Supplier<T> work) {
    TreeSet<Integer> held = new TreeSet<>();
    matchIds.forEach(id -> held.add(Math.floorMod(id.hashCode(), STRIPES)));
    held.forEach(stripe -> stripes[stripe].lock());
    try {
      return work.get();
    } finally {
      held.descendingSet().forEach(stripe -> stripes[stripe].unlock());
    }
  }
}

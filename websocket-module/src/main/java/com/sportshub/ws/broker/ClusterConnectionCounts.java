package com.sportshub.ws.broker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Connections per subject counted in the cluster's {@link ConnectionStore}, with this node's own
 * {@link ConnectionTally} as the truth about its share and as the fallback while the store is away.
 *
 * <p>A claim sends the store this node's count from the tally, so the store's copy of it is set
 * afresh by every claim instead of incremented: a claim whose answer was lost, or a release that
 * never reached the store, cannot leave it wrong for good. Claims of one subject on this node wait
 * for each other (a lock per stripe of subjects), or two of them could both see the last free
 * place. A release only lowers the tally and marks the subject as unwritten; the background thread
 * writes it, so a release never waits for the store.
 *
 * <p>When the store fails (or answers too slowly), the node counts its own connections only, says
 * so once in its log, and stops asking the store until its next {@link #tick}, which renews the
 * node's liveness and writes what waits. A tick that finds the store again, or finds that the
 * node's liveness had lapsed (it was away longer than the liveness period, or the store restarted
 * empty), writes the count of every subject connected here, since the store may have lost them or
 * other nodes may have dropped them; releases made meanwhile are among the unwritten subjects, so
 * the store does not over-count once it returns. The same full write every {@code rewriteEvery}
 * renews the store's expiry of the subjects held here (the store forgets a subject nobody touched
 * for a day, so that the counts of crashed nodes do not stay forever).
 */
final class ClusterConnectionCounts implements ConnectionCounts {

  private static final Logger LOG = Logger.getLogger(ClusterConnectionCounts.class.getName());
  private static final int STRIPES = 64;

  private final ConnectionStore store;
  private final String storeName;
  private final Executor background;
  private final LongSupplier nanoClock;
  private final long rewriteEveryNanos;
  private final ConnectionTally mine = new ConnectionTally();
  private final Object[] stripes = new Object[STRIPES];
  private final Set<String> unwritten = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean writeQueued = new AtomicBoolean();
  private volatile boolean away;
  private long lastFullWriteNanos; // only touched on the background thread

  /**
   * @param storeName names the store in log lines
   * @param background the one thread that writes to the store outside claims, and runs {@link
   *     #tick}; one at a time
   * @param rewriteEvery how often every subject held here is written again
   */
  ClusterConnectionCounts(
      ConnectionStore store,
      String storeName,
      Executor background,
      Duration rewriteEvery,
      LongSupplier nanoClock) {
    this.store = store;
    this.storeName = storeName;
    this.background = background;
    this.rewriteEveryNanos = rewriteEvery.toNanos();
    this.nanoClock = nanoClock;
    this.lastFullWriteNanos = nanoClock.getAsLong();
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Object();
    }
  }

  @Override
  public boolean claimConnection(String subject, int limit) {
    if (!away) {
      synchronized (stripe(subject)) {
        try {
          ConnectionStore.Claim answer = store.claim(subject, mine.count(subject), limit);
          if (answer.granted()) {
            mine.add(subject);
          }
          if (!answer.alive()) {
            runInBackground(this::tick);
          }
          return answer.granted();
        } catch (RuntimeException unreachable) {
          wentAway(unreachable);
        }
      }
    }
    boolean granted = mine.claimConnection(subject, limit);
    if (granted) {
      unwritten.add(subject);
    }
    return granted;
  }

  @Override
  public void releaseConnection(String subject) {
    mine.releaseConnection(subject);
    unwritten.add(subject);
    if (!away && writeQueued.compareAndSet(false, true)) {
      runInBackground(
          () -> {
            writeQueued.set(false);
            writeUnwritten();
          });
    }
  }

  /**
   * On the background thread, about once a second: renews this node's liveness and writes what
   * waits, everything when the store may have lost or dropped this node's counts.
   */
  void tick() {
    try {
      boolean wasAlive = store.renewLiveness();
      long now = nanoClock.getAsLong();
      boolean everything = !wasAlive || away || now - lastFullWriteNanos >= rewriteEveryNanos;
      if (everything) {
        unwritten.addAll(mine.subjects());
        lastFullWriteNanos = now;
      }
      if (away) {
        away = false;
        LOG.info(
            () ->
                storeName
                    + " is back: connections per user are counted across the cluster again; "
                    + "writing this node's count of "
                    + unwritten.size()
                    + " users");
      }
      writeUnwritten();
    } catch (RuntimeException unreachable) {
      wentAway(unreachable);
    }
  }

  /** The link to the store came back (or was made): do not wait for the next tick. */
  void resumed() {
    runInBackground(this::tick);
  }

  /** On a clean stop: this node's counts stop counting at once, not only when its liveness ends. */
  void forget() {
    try {
      store.forget();
    } catch (RuntimeException unreachable) {
      LOG.log(Level.FINE, "could not end this node's liveness; it lapses by itself", unreachable);
    }
  }

  /**
   * Writes the unwritten subjects, one store call per stripe, each under its stripe's lock so that
   * no claim of those subjects runs between reading the tally and writing it. A subject is taken
   * off the list before its count is read, so a release that comes meanwhile puts it back.
   */
  private void writeUnwritten() {
    if (away || unwritten.isEmpty()) {
      return;
    }
    Map<Integer, List<String>> byStripe = new HashMap<>();
    for (String subject : unwritten) {
      byStripe.computeIfAbsent(stripeIndex(subject), i -> new ArrayList<>()).add(subject);
    }
    for (Map.Entry<Integer, List<String>> share : byStripe.entrySet()) {
      synchronized (stripes[share.getKey()]) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String subject : share.getValue()) {
          if (unwritten.remove(subject)) {
            counts.put(subject, mine.count(subject));
          }
        }
        try {
          store.write(counts);
        } catch (RuntimeException unreachable) {
          unwritten.addAll(counts.keySet());
          wentAway(unreachable);
          return;
        }
      }
    }
  }

  private void wentAway(RuntimeException why) {
    if (!away) {
      away = true;
      LOG.log(
          Level.WARNING,
          storeName
              + " cannot be reached: connections per user are counted on this node alone until"
              + " it is back ("
              + why.getMessage()
              + ")");
    }
  }

  private void runInBackground(Runnable task) {
    try {
      background.execute(task);
    } catch (RejectedExecutionException stopping) {
      // the broker is closing; its liveness lapses by itself
    }
  }

  private Object stripe(String subject) {
    return stripes[stripeIndex(subject)];
  }

  private static int stripeIndex(String subject) {
    return Math.floorMod(subject.hashCode(), STRIPES);
  }
}

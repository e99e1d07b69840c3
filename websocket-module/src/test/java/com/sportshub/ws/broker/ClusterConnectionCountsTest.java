package com.sportshub.ws.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClusterConnectionCountsTest {

  private static final Duration REWRITE = Duration.ofHours(1);

  private final StoreFake store = new StoreFake();
  private final List<Runnable> background = new ArrayList<>();
  private final AtomicLong nanos = new AtomicLong();
  private final ClusterConnectionCounts counts =
      new ClusterConnectionCounts(store, "the store", background::add, REWRITE, nanos::get);
  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger log = Logger.getLogger(ClusterConnectionCounts.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  {
    log.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    log.removeHandler(capture);
  }

  private void runBackground() {
    List<Runnable> due = List.copyOf(background);
    background.clear();
    due.forEach(Runnable::run);
  }

  @Test
  void theConnectionsOfOtherNodesCountAgainstTheLimit() {
    store.others.put("alice", 2);

    assertTrue(counts.claimConnection("alice", 3));
    assertFalse(counts.claimConnection("alice", 3));
    assertEquals(1, store.mine("alice"));
  }

  @Test
  void aReleaseReachesTheStoreFromTheBackgroundThreadNotFromTheCaller() {
    counts.claimConnection("alice", 3);
    counts.claimConnection("alice", 3);

    counts.releaseConnection("alice");
    assertEquals(2, store.mine("alice"), "the caller did not wait for the store");

    runBackground();
    assertEquals(1, store.mine("alice"));
  }

  @Test
  void whileTheStoreIsUnreachableClaimsCountThisNodesConnectionsAlone() {
    store.others.put("alice", 3);
    store.reachable = false;

    for (int i = 0; i < 3; i++) {
      assertTrue(counts.claimConnection("alice", 3), "claim " + (i + 1));
    }
    assertFalse(counts.claimConnection("alice", 3));
  }

  @Test
  void afterAFailureTheStoreIsNotAskedAgainUntilATickFindsIt() {
    store.reachable = false;
    counts.claimConnection("alice", 3);
    store.reachable = true;
    int asked = store.claims;

    counts.claimConnection("alice", 3);
    assertEquals(asked, store.claims, "not asked before the tick");

    counts.tick();
    counts.claimConnection("alice", 3);
    assertEquals(asked + 1, store.claims);
  }

  @Test
  void releasesMadeWhileTheStoreWasAwayAreWrittenWhenItIsBack() {
    counts.claimConnection("alice", 3);
    counts.claimConnection("alice", 3);
    counts.claimConnection("bob", 3);
    store.reachable = false;
    counts.claimConnection("carol", 3); // the failure that shows the store is away

    counts.releaseConnection("alice");
    counts.releaseConnection("bob");
    runBackground();
    store.reachable = true;
    counts.tick();

    assertEquals(Map.of("alice", 1, "carol", 1), store.mine);
  }

  @Test
  void claimsGrantedWhileTheStoreWasAwayAreWrittenWhenItIsBack() {
    store.reachable = false;
    counts.claimConnection("alice", 3);
    counts.claimConnection("alice", 3);

    store.reachable = true;
    counts.tick();

    assertEquals(Map.of("alice", 2), store.mine);
  }

  @Test
  void aNodeWhoseLivenessLapsedWritesEveryCountAgain() {
    counts.tick();
    counts.claimConnection("alice", 3);
    counts.claimConnection("bob", 3);

    store.restartEmpty();
    counts.tick();

    assertEquals(Map.of("alice", 1, "bob", 1), store.mine);
  }

  @Test
  void aClaimThatFindsItsNodesLivenessGoneHasEveryCountWrittenAgain() {
    counts.tick();
    counts.claimConnection("alice", 3);
    store.restartEmpty();

    counts.claimConnection("bob", 3);
    runBackground();

    assertEquals(Map.of("alice", 1, "bob", 1), store.mine);
  }

  @Test
  void everyCountIsWrittenAgainOnceARewritePeriodPassed() {
    counts.tick();
    counts.claimConnection("alice", 3);
    store.mine.clear(); // as if the store had let the subject's hash expire

    counts.tick();
    assertEquals(Map.of(), store.mine, "not yet");

    nanos.addAndGet(REWRITE.toNanos());
    counts.tick();
    assertEquals(Map.of("alice", 1), store.mine);
  }

  @Test
  void countingAloneIsLoggedOnceAndTheReturnOnce() {
    store.reachable = false;
    counts.claimConnection("alice", 3);
    counts.claimConnection("alice", 3);
    counts.tick();
    store.reachable = true;
    counts.tick();
    counts.tick();

    assertEquals(
        List.of(Level.WARNING, Level.INFO), logged.stream().map(LogRecord::getLevel).toList());
  }

  /**
   * The cluster's store in memory: this node's counts, the other (live) nodes' counts added up, and
   * this node's liveness. It can be made unreachable.
   */
  private static final class StoreFake implements ConnectionStore {
    final Map<String, Integer> mine = new HashMap<>();
    final Map<String, Integer> others = new HashMap<>();
    boolean reachable = true;
    boolean alive;
    int claims;

    int mine(String subject) {
      return mine.getOrDefault(subject, 0);
    }

    void restartEmpty() {
      mine.clear();
      others.clear();
      alive = false;
    }

    @Override
    public Claim claim(String subject, int count, int limit) {
      check();
      claims++;
      boolean granted = others.getOrDefault(subject, 0) + count < limit;
      put(subject, granted ? count + 1 : count);
      return new Claim(granted, alive);
    }

    @Override
    public void write(Map<String, Integer> counts) {
      check();
      counts.forEach(this::put);
    }

    @Override
    public boolean renewLiveness() {
      check();
      boolean was = alive;
      alive = true;
      return was;
    }

    @Override
    public void forget() {
      check();
      alive = false;
    }

    private void put(String subject, int count) {
      if (count > 0) {
        mine.put(subject, count);
      } else {
        mine.remove(subject);
      }
    }

    private void check() {
      if (!reachable) {
        throw new IllegalStateException("unreachable");
      }
    }
  }
}

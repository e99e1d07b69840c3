package com.sportshub.odds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventLocksTest {

  private final EventLocks locks = new EventLocks();
  // Its own threads: the common pool has one thread on a 2-core machine.
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void aBatchThatSharesNoEventDoesNotWait() throws Exception {
    List<String> first = locks.lock(List.of("a", "b"));
    CompletableFuture<List<String>> second =
        CompletableFuture.supplyAsync(
            () -> {
              List<String> held = locks.lock(List.of("c", "d"));
              locks.unlock(held);
              return held;
            },
            threads);
    assertEquals(List.of("c", "d"), second.get(5, TimeUnit.SECONDS));
    locks.unlock(first);
  }

  @Test
  void aBatchThatSharesAnEventWaitsUntilTheFirstUnlocks() throws Exception {
    List<String> first = locks.lock(List.of("a", "b"));
    CountDownLatch locked = new CountDownLatch(1);
    CompletableFuture<Void> second =
        CompletableFuture.runAsync(
            () -> {
              List<String> held = locks.lock(List.of("z", "b"));
              locked.countDown();
              locks.unlock(held);
            },
            threads);
    assertFalse(locked.await(200, TimeUnit.MILLISECONDS), "took b while the first batch held it");
    locks.unlock(first);
    assertTrue(locked.await(5, TimeUnit.SECONDS));
    second.get(5, TimeUnit.SECONDS);
  }

  @Test
  void idsAreLockedOnceEachInOrder() {
    List<String> held = locks.lock(List.of("c", "a", "c", "b"));
    assertEquals(List.of("a", "b", "c"), held);
    locks.unlock(held);
  }

  @Test
  void locksNobodyHoldsAreForgotten() throws Exception {
    List<String> first = locks.lock(List.of("a", "b"));
    CompletableFuture<Void> waiter =
        CompletableFuture.runAsync(() -> locks.unlock(locks.lock(List.of("b"))), threads);
    locks.unlock(first);
    waiter.get(5, TimeUnit.SECONDS);
    assertEquals(0, locks.size());
  }

  @Test
  void batchesCrossingEachOtherInOppositeOrderNeverDeadlock() throws Exception {
    Runnable forward = () -> repeat(List.of("a", "b", "c"));
    Runnable backward = () -> repeat(List.of("c", "b", "a"));
    CompletableFuture.allOf(
            CompletableFuture.runAsync(forward, threads),
            CompletableFuture.runAsync(backward, threads))
        .get(20, TimeUnit.SECONDS);
    assertEquals(0, locks.size());
  }

  private void repeat(List<String> ids) {
    for (int i = 0; i < 20_000; i++) {
      locks.unlock(locks.lock(ids));
    }
  }
}

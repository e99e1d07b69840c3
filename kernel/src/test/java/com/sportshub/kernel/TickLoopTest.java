package com.sportshub.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TickLoopTest {

  @Test
  void aTickThatComesWhileOneIsUnderWayIsSkipped() {
    TickLoop loop = new TickLoop("test");
    AtomicInteger ran = new AtomicInteger();

    loop.tick(
        () -> {
          ran.incrementAndGet();
          loop.tick(ran::incrementAndGet);
        });

    assertEquals(1, ran.get());
  }

  @Test
  void aTickThatFailedLetsTheNextOneRun() {
    TickLoop loop = new TickLoop("test");
    AtomicInteger ran = new AtomicInteger();

    try {
      loop.tick(
          () -> {
            throw new IllegalStateException("feed down");
          });
    } catch (IllegalStateException expected) {
      // the owner decides what a failed tick means
    }
    loop.tick(ran::incrementAndGet);

    assertEquals(1, ran.get());
  }

  @Test
  void stoppingWhatNeverStartedDoesNothing() {
    TickLoop loop = new TickLoop("test");

    assertFalse(loop.stop());
    assertFalse(loop.running());
  }
}

package com.sportshub.kernel;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The timer skeleton of a context's periodic work (a feed, a simulator): an EJB interval timer that
 * starts and stops on request, and a guard that makes a tick that overruns its interval skip the
 * next one rather than overlap it. The owner is a {@code @Singleton} with bean-managed concurrency
 * (so that ticks are not queued behind a container lock) that passes its {@code @Timeout} here.
 */
public final class TickLoop {

  private final String name;
  private final AtomicBoolean ticking = new AtomicBoolean();
  private volatile Timer timer;

  /**
   * @param name the timer's name, for the server's timer listings
   */
  public TickLoop(String name) {
    this.name = name;
  }

  /**
   * Starts ticking every {@code intervalMillis} after {@code delayMillis}; does nothing when it
   * already ticks. The timer is not persistent: a restarted node starts afresh.
   *
   * @return whether it started now
   */
  public synchronized boolean start(TimerService timers, long delayMillis, long intervalMillis) {
    if (timer != null) {
      return false;
    }
    timer = timers.createIntervalTimer(delayMillis, intervalMillis, new TimerConfig(name, false));
    return true;
  }

  /**
   * Stops ticking; a tick under way finishes.
   *
   * @return whether it was ticking
   */
  public synchronized boolean stop() {
    if (timer == null) {
      return false;
    }
    try {
      timer.cancel();
    } catch (RuntimeException gone) {
      // already cancelled or expired: stopped either way
    }
    timer = null;
    return true;
  }

  public boolean running() {
    return timer != null;
  }

  /** Runs one tick, unless the last one is still under way: then this one is skipped. */
  public void tick(Runnable work) {
    if (!ticking.compareAndSet(false, true)) {
      return;
    }
    try {
      work.run();
    } finally {
      ticking.set(false);
    }
  }
}

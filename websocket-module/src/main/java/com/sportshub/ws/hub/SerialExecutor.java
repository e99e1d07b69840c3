package com.sportshub.ws.hub;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks one at a time, in submission order, on threads borrowed from another executor.
 *
 * <p>Delivery must keep each channel's order, yet must not run on the thread that published (a
 * committing transaction) or received (a Redis I/O thread).
 */
public final class SerialExecutor implements Executor {

  private static final Logger LOG = Logger.getLogger(SerialExecutor.class.getName());

  private final Executor threads;
  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private boolean running;

  public SerialExecutor(Executor threads) {
    this.threads = threads;
  }

  @Override
  public void execute(Runnable task) {
    synchronized (tasks) {
      tasks.add(task);
      if (running) {
        return;
      }
      running = true;
    }
    try {
      threads.execute(this::drain);
    } catch (RuntimeException refused) {
      synchronized (tasks) {
        tasks.remove(task);
        running = false;
      }
      throw refused;
    }
  }

  private void drain() {
    while (true) {
      Runnable next;
      synchronized (tasks) {
        next = tasks.poll();
        if (next == null) {
          running = false;
          return;
        }
      }
      try {
        next.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a serial task failed; the next one runs", e);
      }
    }
  }
}

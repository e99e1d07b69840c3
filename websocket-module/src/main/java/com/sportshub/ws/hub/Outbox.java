package com.sportshub.ws.hub;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Consumer;

/**
 * The frames waiting to be written to one client, at most {@code capacity} of them.
 *
 * <p>One frame is in flight at a time (WebSocket containers refuse overlapping asynchronous sends);
 * the writer's completion hands over the next. A client that lets the queue fill up is too slow to
 * keep: {@link #offer} reports the overflow and the caller closes the connection, so one slow
 * reader never holds memory or other clients back.
 */
public final class Outbox {

  private final int capacity;
  private final Consumer<String> writer;
  private final Queue<String> waiting = new ArrayDeque<>();
  private boolean writing;

  /**
   * @param writer starts an asynchronous write and calls {@link #written()} once it is done
   */
  public Outbox(int capacity, Consumer<String> writer) {
    this.capacity = capacity;
    this.writer = writer;
  }

  /** Queues a frame; false when the queue is full and the frame was not taken. */
  public boolean offer(String frame) {
    synchronized (waiting) {
      if (writing) {
        if (waiting.size() >= capacity) {
          return false;
        }
        waiting.add(frame);
        return true;
      }
      writing = true;
    }
    writer.accept(frame);
    return true;
  }

  /** Called when the previous write finished (successfully or not); starts the next one. */
  public void written() {
    String next;
    synchronized (waiting) {
      next = waiting.poll();
      if (next == null) {
        writing = false;
        return;
      }
    }
    writer.accept(next);
  }

  public int waiting() {
    synchronized (waiting) {
      return waiting.size();
    }
  }
}

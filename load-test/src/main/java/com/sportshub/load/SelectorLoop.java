package com.sportshub.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One thread and one selector serving many client connections: the tool's thousands of clients cost
 * a thread or two, not a thread hop per message as the JDK's WebSocket client does.
 */
final class SelectorLoop implements AutoCloseable {

  private final Selector selector;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

  /** Shared by this loop's connections: a read is handled before the next one starts. */
  private final ByteBuffer readBuffer = ByteBuffer.allocate(256 * 1024);

  private final Thread thread;
  private volatile boolean running = true;

  SelectorLoop(String name) {
    try {
      selector = Selector.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
  }

  Selector selector() {
    return selector;
  }

  ByteBuffer readBuffer() {
    return readBuffer;
  }

  boolean inLoop() {
    return Thread.currentThread() == thread;
  }

  /** Runs {@code task} on this loop's thread: at once if called there, else at its next turn. */
  void execute(Runnable task) {
    if (inLoop()) {
      task.run();
    } else {
      tasks.add(task);
      selector.wakeup();
    }
  }

  private void run() {
    while (running) {
      try {
        selector.select(1_000);
      } catch (IOException e) {
        System.err.println("selector failed: " + e);
        return;
      }
      for (Runnable task; (task = tasks.poll()) != null; ) {
        task.run();
      }
      for (SelectionKey key : selector.selectedKeys()) {
        ((WireConnection) key.attachment()).ready(key);
      }
      selector.selectedKeys().clear();
    }
  }

  @Override
  public void close() {
    running = false;
    selector.wakeup();
    try {
      thread.join(5_000);
      selector.close();
    } catch (IOException e) {
      System.err.println("closing a selector: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

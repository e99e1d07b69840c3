package com.sportshub.ws.broker;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redisson.api.RScript;

/**
 * The publishing half of {@link RedissonBroker}: a queue and one thread of its own that takes
 * whatever has queued (up to {@link #MAX_BATCH}) and publishes it in one script call, so one Redis
 * round trip carries many updates, in order. While Redis is away the batch is retried, with
 * back-off, and later publications wait behind it; past the queue's capacity new ones are refused,
 * so that memory stays bounded.
 */
final class RedisPublisher {

  private static final Logger LOG = Logger.getLogger(RedisPublisher.class.getName());
  private static final int MAX_BATCH = 200;
  private static final long IDLE_CHANNEL_TTL_SECONDS = 24 * 3600;

  private final RScript script;
  private final String namespace;
  private final ResumeWindow window;
  private final BlockingQueue<Publication> outgoing;
  private final Thread thread;
  private volatile boolean stopped;

  RedisPublisher(
      RScript script, String namespace, ResumeWindow window, int capacity, ThreadFactory threads) {
    this.script = script;
    this.namespace = namespace;
    this.window = window;
    this.outgoing = new LinkedBlockingQueue<>(capacity);
    this.thread = threads.newThread(this::publishLoop);
    thread.start();
  }

  /** Queues the update; false when the queue is full. The caller never waits for Redis. */
  boolean offer(Publication publication) {
    return outgoing.offer(publication);
  }

  void stop() {
    stopped = true;
    thread.interrupt();
  }

  private void publishLoop() {
    List<Publication> batch = new ArrayList<>(MAX_BATCH);
    while (!stopped) {
      try {
        batch.add(outgoing.take());
      } catch (InterruptedException stopping) {
        return;
      }
      outgoing.drainTo(batch, MAX_BATCH - 1);
      publishUntilDone(batch);
      batch.clear();
    }
  }

  private void publishUntilDone(List<Publication> batch) {
    Object[] args = arguments(batch);
    long backoffMillis = 50;
    while (!stopped) {
      try {
        script.eval(
            RScript.Mode.READ_WRITE,
            RedisScripts.PUBLISH,
            RScript.ReturnType.INTEGER,
            List.of(RedisScripts.topic(namespace), RedisScripts.generationKey(namespace)),
            args);
        return;
      } catch (RuntimeException redisAway) {
        LOG.log(Level.WARNING, batch.size() + " updates wait for Redis; retrying", redisAway);
        sleep(backoffMillis);
        backoffMillis = Math.min(backoffMillis * 2, 2_000);
      }
    }
  }

  /** The script's arguments: the window, a generation id, and the batch packed in one string. */
  private Object[] arguments(List<Publication> batch) {
    StringBuilder packed = new StringBuilder(batch.size() * 512);
    for (Publication p : batch) {
      String head = p.frameHead();
      String tail = p.frameTail();
      packed.append(p.channel()).append('\n').append(p.ts()).append('\n');
      packed.append(utf8Bytes(head)).append('\n').append(utf8Bytes(tail)).append('\n');
      packed.append(head.length() + tail.length()).append('\n');
      packed.append(head).append(tail);
    }
    return new Object[] {
      namespace,
      String.valueOf(window.updates()),
      String.valueOf(window.age().toMillis()),
      String.valueOf(window.ceiling()),
      String.valueOf(IDLE_CHANNEL_TTL_SECONDS),
      UUID.randomUUID().toString(),
      packed.toString()
    };
  }

  /**
   * How many bytes the text takes in UTF-8, which is how Lua counts a string's length, counted as
   * the client's encoder writes it: a surrogate without its pair becomes one '?'.
   */
  static int utf8Bytes(CharSequence text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (!Character.isSurrogate(c)) {
        bytes += 3;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 1;
      }
    }
    return bytes;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

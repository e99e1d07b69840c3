package com.sportshub.ws.broker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redisson.api.RScript;

/**
 * The publishing half of {@link RedissonBroker}: a queue and one thread of its own that takes
 * whatever has queued (up to {@link #MAX_BATCH}) and publishes it in one script call, so one Redis
 * round trip carries many updates, in order. While Redis is away the batch is retried, with
 * back-off, and later publications wait behind it; past the queue's capacity new ones are refused,
 * so that memory stays bounded. The script is given bytes ({@code ByteArrayCodec}): the batch is
 * encoded once, here.
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
  private final long lingerNanos = lingerNanos();
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

  /**
   * Queues the update; false when the queue is full. The caller never waits for Redis. Producers
   * take this object's lock so that {@link #offerAll} sees a capacity no one else takes meanwhile
   * (the publishing thread only ever frees room).
   */
  synchronized boolean offer(Publication publication) {
    return outgoing.offer(publication);
  }

  /** Queues all the updates, in order, or none of them when they do not all fit; false then. */
  synchronized boolean offerAll(List<Publication> publications) {
    if (outgoing.remainingCapacity() < publications.size()) {
      return false;
    }
    publications.forEach(outgoing::add);
    return true;
  }

  /** Updates waiting for Redis (not counting a batch being published). */
  int waiting() {
    return outgoing.size();
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
        linger(batch);
      } catch (InterruptedException stopping) {
        return;
      }
      outgoing.drainTo(batch, MAX_BATCH - batch.size());
      publishUntilDone(batch);
      batch.clear();
    }
  }

  /**
   * Waits up to {@code hub.broker.linger-micros} after a batch's first update for more to join it.
   * Updates that arrive one by one (a feed on the Redis intake, REST writes of one or two)
   * otherwise each pay a script call and a topic message of their own: three fifths of the intake's
   * CPU at 1,000 updates/s was the Redis client. It delays delivery by at most that long.
   */
  private void linger(List<Publication> batch) throws InterruptedException {
    if (lingerNanos <= 0) {
      return;
    }
    long until = System.nanoTime() + lingerNanos;
    for (long left = lingerNanos; left > 0 && batch.size() < MAX_BATCH; ) {
      Publication next = outgoing.poll(left, TimeUnit.NANOSECONDS);
      if (next == null) {
        return;
      }
      batch.add(next);
      left = until - System.nanoTime();
    }
  }

  private static long lingerNanos() {
    try {
      return TimeUnit.MICROSECONDS.toNanos(
          ConfigProvider.getConfig(RedisPublisher.class.getClassLoader())
              .getOptionalValue("hub.broker.linger-micros", Long.class)
              .orElse(0L));
    } catch (IllegalStateException noConfig) {
      return 0; // outside a server (the broker's contract tests) there is no MicroProfile Config
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

  /** The script's arguments, in UTF-8: the window, a generation id, and the batch packed. */
  private Object[] arguments(List<Publication> batch) {
    return new Object[] {
      utf8(namespace),
      utf8(String.valueOf(window.updates())),
      utf8(String.valueOf(window.age().toMillis())),
      utf8(String.valueOf(window.ceiling())),
      utf8(String.valueOf(IDLE_CHANNEL_TTL_SECONDS)),
      utf8(UUID.randomUUID().toString()),
      packed(batch)
    };
  }

  /**
   * The batch as the script reads it: per publication "channel\nts\nheadBytes\ntailBytes\nchars\n"
   * then the frame's head and tail. Encoded here, once, so the byte counts are those of the bytes
   * sent (Lua counts bytes, the reader counts Java chars) and the client does not encode it again.
   */
  static byte[] packed(List<Publication> batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 1024);
    for (Publication p : batch) {
      String head = p.frameHead();
      String tail = p.frameTail();
      byte[] headBytes = utf8(head);
      byte[] tailBytes = utf8(tail);
      out.writeBytes(
          utf8(
              p.channel()
                  + '\n'
                  + p.ts()
                  + '\n'
                  + headBytes.length
                  + '\n'
                  + tailBytes.length
                  + '\n'
                  + (head.length() + tail.length())
                  + '\n'));
      out.writeBytes(headBytes);
      out.writeBytes(tailBytes);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

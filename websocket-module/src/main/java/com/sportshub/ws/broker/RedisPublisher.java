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

  /** The script's arguments: the window and a generation id, then four per update. */
  private Object[] arguments(List<Publication> batch) {
    List<Object> args = new ArrayList<>(6 + 4 * batch.size());
    args.add(namespace);
    args.add(String.valueOf(window.updates()));
    args.add(String.valueOf(window.age().toMillis()));
    args.add(String.valueOf(window.ceiling()));
    args.add(String.valueOf(IDLE_CHANNEL_TTL_SECONDS));
    args.add(UUID.randomUUID().toString());
    for (Publication p : batch) {
      args.add(p.channel());
      args.add(p.frameHead());
      args.add(p.frameTail());
      args.add(String.valueOf(p.ts()));
    }
    return args.toArray();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

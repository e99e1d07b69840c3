package com.sportshub.ws.broker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.redisson.Redisson;
import org.redisson.api.RScript;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.BaseStatusListener;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.client.codec.ByteArrayCodec;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * The cluster broker: Redis numbers each channel's updates, keeps its resume window and fans every
 * update out to every node.
 *
 * <p>One Lua script increments the channel's counter, appends the finished frame to the channel's
 * log, trims the log to the {@link ResumeWindow} and publishes, in one atomic step; Redis's single
 * pub/sub stream then carries each channel's updates in seq order to every node. Strings only:
 * Redisson's default codec decodes on its own threads with the wrong class loader inside Payara.
 *
 * <p>Two threads of its own, from the server's managed thread factory: one publishes ({@link
 * RedisPublisher}: whatever has queued, in one script call per round trip), one delivers, each in
 * order; a Redis that hangs holds only them, never a shared pool. While Redis is away, publications
 * wait in the queue, in order, and go out when it returns; past {@code maxWaiting} new ones are
 * refused so that memory stays bounded.
 *
 * <p>Connections per user are counted in Redis too ({@link ClusterConnectionCounts} over a {@link
 * RedisConnectionStore}); a third thread of its own renews this node's liveness there once a second
 * and writes the counts that wait. Each (re)subscription of the topic, the sign that the link came
 * back, has it write them at once.
 */
public final class RedissonBroker implements Broker {

  private static final Logger LOG = Logger.getLogger(RedissonBroker.class.getName());

  /** How long a node's connection counts outlive its last sign of life. */
  static final Duration NODE_LIVENESS = Duration.ofSeconds(30);

  /** How often every count this node holds is written again, renewing its expiry in Redis. */
  private static final Duration REWRITE_COUNTS = Duration.ofHours(1);

  private final String address;
  private final String namespace;
  private final int maxWaiting;
  private final RedissonClient redisson;
  private final RScript script;
  private final ThreadFactory threads;
  private final ExecutorService delivery;
  private final List<ExecutorService> intakeLanes = new CopyOnWriteArrayList<>();
  private final RedisPublisher publisher;
  private final TopicReader reader;
  private final ScheduledExecutorService countsTimer;
  private final ClusterConnectionCounts connections;
  private volatile boolean closed;

  /**
   * @param namespace the prefix of every Redis key and of the topic, so that several hubs (or
   *     tests) can share one Redis
   */
  public RedissonBroker(
      String address,
      String namespace,
      ThreadFactory threads,
      ResumeWindow window,
      int maxWaiting) {
    this(address, namespace, threads, window, maxWaiting, NODE_LIVENESS);
  }

  /**
   * @param liveness how long this node's connection counts outlive its last renewal (it renews them
   *     every second, or every third of this if shorter)
   */
  RedissonBroker(
      String address,
      String namespace,
      ThreadFactory threads,
      ResumeWindow window,
      int maxWaiting,
      Duration liveness) {
    this.address = address;
    this.namespace = namespace;
    this.maxWaiting = maxWaiting;
    this.threads = threads;
    this.delivery = Executors.newSingleThreadExecutor(threads);
    Config config = new Config();
    config.setCodec(StringCodec.INSTANCE);
    config.setKeepPubSubOrder(true);
    config
        .useSingleServer()
        .setAddress(address)
        .setRetryAttempts(3)
        .setConnectionMinimumIdleSize(2)
        .setPingConnectionInterval(5_000);
    this.redisson = Redisson.create(config);
    this.script = redisson.getScript(StringCodec.INSTANCE);
    this.publisher =
        new RedisPublisher(
            redisson.getScript(ByteArrayCodec.INSTANCE), namespace, window, maxWaiting, threads);
    this.countsTimer = Executors.newSingleThreadScheduledExecutor(threads);
    this.connections =
        new ClusterConnectionCounts(
            new RedisConnectionStore(redisson, namespace, liveness),
            "Redis at " + address,
            countsTimer,
            REWRITE_COUNTS,
            System::nanoTime);
    long renewMillis = Math.min(1_000, Math.max(1, liveness.toMillis() / 3));
    countsTimer.scheduleWithFixedDelay(connections::tick, 0, renewMillis, TimeUnit.MILLISECONDS);
    RTopic topic = redisson.getTopic(RedisScripts.topic(namespace), StringCodec.INSTANCE);
    this.reader =
        new TopicReader(
            "Redis at " + address,
            () ->
                redisson
                    .<String>getBucket(RedisScripts.generationKey(namespace), StringCodec.INSTANCE)
                    .get());
    topic.addListener(
        String.class, (channel, message) -> delivery.execute(() -> reader.read(message)));
    // Redisson subscribes again by itself after a reconnect; what was published meanwhile never
    // reached this node, so it checks the history and catches up from the resume windows.
    topic.addListener(
        new BaseStatusListener() {
          @Override
          public void onSubscribe(String channel) {
            delivery.execute(
                () -> {
                  connections.resumed();
                  reader.subscribed();
                });
          }
        });
  }

  /** May wait for Redis, at most about a second; then counts this node's connections only. */
  @Override
  public boolean claimConnection(String subject, int limit) {
    return connections.claimConnection(subject, limit);
  }

  @Override
  public void releaseConnection(String subject) {
    connections.releaseConnection(subject);
  }

  @Override
  public boolean onIntake(String name, Consumer<String> listener) {
    ExecutorService lane = Executors.newSingleThreadExecutor(threads);
    intakeLanes.add(lane);
    redisson
        .getTopic(name, StringCodec.INSTANCE)
        .addListener(
            String.class, (channel, message) -> lane.execute(() -> listener.accept(message)));
    return true;
  }

  /** Queues the update for the publishing thread; the caller never waits for Redis. */
  @Override
  public void publish(Publication publication) {
    if (!publisher.offer(publication)) {
      throw new BrokerUnavailable("Redis at " + address + " is away and " + maxWaiting + " wait");
    }
  }

  /**
   * One Redis map of the namespace, node to its last report, each entry with its own time to live
   * (Redisson's map cache), so a node that died leaves no figures behind once its report lapses.
   */
  @Override
  public void reportNode(String node, String summary, Duration ttl) {
    try {
      redisson
          .<String, String>getMapCache(namespace + ":nodes", StringCodec.INSTANCE)
          .fastPut(node, summary, ttl.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RuntimeException redisAway) {
      LOG.fine(() -> "node report not written: " + redisAway);
    }
  }

  @Override
  public Map<String, String> nodeReports() {
    try {
      return Map.copyOf(
          redisson
              .<String, String>getMapCache(namespace + ":nodes", StringCodec.INSTANCE)
              .readAllMap());
    } catch (RuntimeException redisAway) {
      LOG.fine(() -> "node reports not read: " + redisAway);
      return Map.of();
    }
  }

  @Override
  public int waiting() {
    return publisher.waiting();
  }

  @Override
  public String generation() {
    String generation = reader.generation();
    return generation == null ? "not seen yet" : generation;
  }

  /** Queues all of them, or none when the queue for Redis has no room for all. */
  @Override
  public void publishAll(List<Publication> publications) {
    if (!publisher.offerAll(publications)) {
      throw new BrokerUnavailable(
          "Redis at "
              + address
              + " is away and the "
              + publications.size()
              + " updates do not fit beside those that wait (at most "
              + maxWaiting
              + ")");
    }
  }

  @Override
  public long lastSeq(String channel) {
    String value =
        redisson
            .<String>getBucket(RedisScripts.seqKey(namespace, channel), StringCodec.INSTANCE)
            .get();
    return value == null ? 0 : Long.parseLong(value);
  }

  @Override
  public Replay since(String channel, long since) {
    List<Object> answer =
        script.eval(
            RScript.Mode.READ_ONLY,
            RedisScripts.SINCE,
            RScript.ReturnType.MULTI,
            List.of(
                RedisScripts.seqKey(namespace, channel), RedisScripts.logKey(namespace, channel)),
            String.valueOf(since));
    long lastSeq = ((Number) answer.get(0)).longValue();
    if (((Number) answer.get(1)).intValue() == 0) {
      return Replay.incomplete(lastSeq);
    }
    List<Envelope> updates = new ArrayList<>(answer.size() - 2);
    for (int i = 2; i < answer.size(); i++) {
      String entry = (String) answer.get(i);
      updates.add(new Envelope(channel, since + i - 1, entry.substring(entry.indexOf('|') + 1)));
    }
    return new Replay(lastSeq, updates, true);
  }

  @Override
  public void listen(Consumer<Envelope> listener) {
    reader.listen(listener);
  }

  @Override
  public void onHistoryLost(Runnable listener) {
    reader.onHistoryLost(listener);
  }

  @Override
  public void onResumed(Runnable listener) {
    reader.onResumed(listener);
  }

  @Override
  public boolean connected() {
    try {
      return redisson.getRedisNodes(RedisNodes.SINGLE).pingAll(2, TimeUnit.SECONDS);
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public String description() {
    return "Redis at " + address + " (keys " + namespace + ":*)";
  }

  /** Stops, ending this node's liveness at once so that its connections stop counting. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    countsTimer.shutdownNow(); // first, or a last renewal could bring the liveness back
    try {
      countsTimer.awaitTermination(RedisConnectionStore.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    connections.forget();
    halt();
  }

  /**
   * Stops as a killed process would, saying nothing to Redis: this node's connections count until
   * its liveness lapses. What {@link #close} does after its goodbye; the tests use it to play a
   * crash.
   */
  void halt() {
    if (closed) {
      return;
    }
    closed = true;
    countsTimer.shutdownNow();
    reader.stop();
    publisher.stop();
    delivery.shutdownNow();
    intakeLanes.forEach(ExecutorService::shutdownNow);
    redisson.shutdown();
  }
}

package com.sportshub.ws.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * The Redisson broker against the broker contract, on the real Redis of this machine, each test
 * under a namespace of its own.
 */
class RedissonBrokerIT extends BrokerContract {

  private static final String REDIS = System.getProperty("it.redis.url", "redis://127.0.0.1:6379");

  /** Short, so that a crashed node's connections lapse within a test. */
  private static final Duration LIVENESS = Duration.ofSeconds(3);

  private final String namespace = "it-" + UUID.randomUUID();

  @Override
  protected Broker newNode(ResumeWindow window) {
    return new RedissonBroker(REDIS, namespace, threads, window, 10_000, LIVENESS);
  }

  @Override
  protected void crash(Broker node) {
    ((RedissonBroker) node).halt();
  }

  @Test
  void everyNodeReadsTheOthersReportsAndALapsedReportIsGone() throws Exception {
    Broker a = node();
    Broker b = node();
    a.reportNode("report-a", "{\"n\":1}", Duration.ofSeconds(30));
    b.reportNode("report-b", "{\"n\":2}", Duration.ofMillis(300));

    assertEquals("{\"n\":2}", a.nodeReports().get("report-b"));
    assertEquals("{\"n\":1}", b.nodeReports().get("report-a"));
    Thread.sleep(1_000);
    assertEquals(null, a.nodeReports().get("report-b"), "a lapsed report is gone");
    assertEquals("{\"n\":1}", a.nodeReports().get("report-a"));
  }

  @Test
  void aNodeWritesItsConnectionsAgainWhenRedisLostThem() throws Exception {
    Broker broker = node();
    String fan = "fan-" + UUID.randomUUID();
    broker.claimConnection(fan, 3);
    broker.claimConnection(fan, 3);

    forgetEverything();

    RedissonClient admin = admin();
    try {
      awaitTrue(() -> countedInRedis(admin, fan) == 2, "the two connections are written again");
    } finally {
      admin.shutdown();
    }
  }

  /** The subject's connections as Redis holds them, all nodes together. */
  private long countedInRedis(RedissonClient admin, String subject) {
    return admin
        .<String, String>getMap(
            RedisScripts.connectionsKey(namespace, subject), StringCodec.INSTANCE)
        .readAllValues()
        .stream()
        .mapToLong(Long::parseLong)
        .sum();
  }

  @Test
  void aRedisThatLostItsKeysIsReportedAsLostHistoryBeforeTheNewFirstUpdate() throws Exception {
    Broker broker = node();
    List<String> seen = new CopyOnWriteArrayList<>();
    AtomicInteger losses = new AtomicInteger();
    broker.onHistoryLost(() -> seen.add("lost"));
    broker.onHistoryLost(losses::incrementAndGet);
    broker.listen(update -> seen.add("seq " + update.seq()));
    String channel = "news";
    broker.publish(new Publication(channel, "news_update", "{}", 1));
    broker.publish(new Publication(channel, "news_update", "{}", 2));
    awaitSize(seen, 2);

    forgetEverything();
    broker.publish(new Publication(channel, "news_update", "{}", 3));

    awaitSize(seen, 4);
    assertEquals(List.of("seq 1", "seq 2", "lost", "seq 1"), seen);
    assertEquals(1, losses.get());
    assertTrue(broker.since(channel, 0).complete());
  }

  @Test
  void aNodeWhoseSubscriptionWasCutIsToldWhenItIsBack() throws Exception {
    Broker broker = node();
    List<String> resumed = new CopyOnWriteArrayList<>();
    broker.onResumed(() -> resumed.add("resumed"));
    broker.publish(new Publication("news", "news_update", "{}", 1));

    Process kill =
        new ProcessBuilder("redis-cli", "-u", REDIS, "client", "kill", "type", "pubsub")
            .redirectErrorStream(true)
            .start();
    assertEquals(0, kill.waitFor(), new String(kill.getInputStream().readAllBytes()));

    awaitSize(resumed, 1);
  }

  @Override
  protected void afterNodesClosed() {
    forgetEverything();
  }

  /** What a Redis without persistence looks like after a restart: none of the hub's keys. */
  private void forgetEverything() {
    RedissonClient admin = admin();
    try {
      admin.getKeys().deleteByPattern(namespace + ":*");
    } finally {
      admin.shutdown();
    }
  }

  private static RedissonClient admin() {
    Config config = new Config();
    config.useSingleServer().setAddress(REDIS);
    return Redisson.create(config);
  }
}

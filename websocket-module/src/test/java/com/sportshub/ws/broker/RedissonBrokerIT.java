package com.sportshub.ws.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * The Redisson broker against the broker contract, on the real Redis of this machine, each test
 * under a namespace of its own.
 */
class RedissonBrokerIT extends BrokerContract {

  private static final String REDIS = System.getProperty("it.redis.url", "redis://127.0.0.1:6379");
  private final String namespace = "it-" + UUID.randomUUID();

  @Override
  protected Broker newNode(ResumeWindow window) {
    return new RedissonBroker(REDIS, namespace, threads, window, 10_000);
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

  @AfterEach
  void removeTheTestKeys() {
    forgetEverything();
  }

  /** What a Redis without persistence looks like after a restart: none of the hub's keys. */
  private void forgetEverything() {
    Config config = new Config();
    config.useSingleServer().setAddress(REDIS);
    RedissonClient admin = Redisson.create(config);
    try {
      admin.getKeys().deleteByPattern(namespace + ":*");
    } finally {
      admin.shutdown();
    }
  }
}

package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node whose Redis is away keeps at most {@code hub.broker.max-waiting} updates (10 here) for it.
 * A batch that does not fit whole is refused whole (503), so a writer that retries it duplicates
 * nothing; the batch that fitted goes out when Redis is back.
 */
class BrokerOutageIT {

  private static PrivateRedis redis;
  private static PayaraMicro node;

  @BeforeAll
  static void boot() throws Exception {
    redis = PrivateRedis.start();
    node = PayaraMicro.boot("outage", redis.url(), Map.of("HUB_BROKER_MAX_WAITING", "10"));
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable part : new AutoCloseable[] {node, redis}) {
      if (part != null) {
        part.close();
      }
    }
  }

  @Test
  void aBatchThatDoesNotFitBesideTheWaitingUpdatesIsRefusedWhole() throws Exception {
    String channel = "notice:outage-" + System.nanoTime();
    Broadcaster writer = new Broadcaster(node);
    try (WsClient client = WsClient.connect(node.webSocket())) {
      client.subscribe(channel);
      redis.stop();
      node.awaitReadiness(503);

      // Batches of six until one does not fit (the publisher holds one batch in flight besides
      // the ten that may wait): the refused one must leave nothing behind.
      List<Integer> accepted = new ArrayList<>();
      Api.Response refused = null;
      for (int batch = 0; batch < 6 && refused == null; batch++) {
        int from = batch * 100 + 1;
        Api.Response answer = writer.sendRaw(Broadcaster.batch(channel, from, from + 5));
        if (answer.status() == 202) {
          for (int n = from; n <= from + 5; n++) {
            accepted.add(n);
          }
        } else {
          refused = answer;
        }
      }
      assertTrue(refused != null, "no batch was refused");
      assertEquals(503, refused.status());
      assertTrue(refused.contentType().startsWith("application/problem+json"), refused.toString());

      redis.restart();
      node.awaitReadiness(200);
      // Readiness is back before the waiting updates are all out: the queue may still be full.
      long deadline = System.nanoTime() + 20_000_000_000L;
      int status;
      while ((status = writer.send(channel, "notice", "{\"n\":7000}").status()) == 503
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertEquals(202, status);

      List<Integer> received = new ArrayList<>();
      while (!received.contains(7_000)) {
        JsonObject update = client.nextMatching(m -> "update".equals(m.getString("type")), 40);
        received.add(update.getJsonObject("data").getInt("n"));
      }
      accepted.add(7_000);
      assertEquals(accepted, received);
    }
  }
}

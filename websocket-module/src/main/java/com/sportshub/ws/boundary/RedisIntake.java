package com.sportshub.ws.boundary;

import com.sportshub.ws.broker.Broker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Redis intake of seed 000's design: back-end writers that already sit beside Redis publish
 * broadcasts ({@code PUBLISH <topic> <body>}, the body as for {@code POST /api/broadcast}) instead
 * of calling the REST API, which spares them a token check per request.
 *
 * <p>Off unless {@code hub.broadcast.redis-topic} names the topic. Anyone who can write to that
 * Redis can broadcast, so it is for a Redis inside the trust boundary. Turn it on for ONE node of a
 * cluster: every node configured for it takes every message, and would publish it once each. A
 * message is handled in the order Redis delivered it; a malformed one is counted, logged and
 * skipped, and the next one goes on. Pub/sub cannot be told "try again": a message that finds the
 * broker full (Redis away too long) is lost and counted like a malformed one, so writers that must
 * not lose one use REST, which answers 503.
 */
@ApplicationScoped
public class RedisIntake {

  private static final Logger LOG = Logger.getLogger(RedisIntake.class.getName());

  @Inject
  @ConfigProperty(name = "hub.broadcast.redis-topic")
  Optional<String> topic;

  @Inject Broker broker;
  @Inject Broadcasts broadcasts;

  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  /** Starts listening, if configured; called once as the web application starts. */
  public void start() {
    topic
        .filter(name -> !name.isBlank())
        .ifPresent(
            name -> {
              if (broker.onIntake(name, this::take)) {
                LOG.info(() -> "taking broadcasts published to the Redis topic " + name);
              } else {
                LOG.warning(() -> "hub.broadcast.redis-topic is set, but there is no Redis");
              }
            });
  }

  /** Called on the broker's intake lane, one message at a time, in Redis's order. */
  void take(String message) {
    try {
      var items = BroadcastBody.read(message);
      broadcasts.publish(items);
      accepted.addAndGet(items.size());
    } catch (JsonException | IllegalStateException | InvalidBroadcast | RelayUnavailable e) {
      long count = refused.incrementAndGet();
      if (count == 1 || count % 1000 == 0) {
        LOG.warning(() -> "Redis intake: refused message " + count + ": " + e.getMessage());
      }
    }
  }

  public long accepted() {
    return accepted.get();
  }

  public long refused() {
    return refused.get();
  }
}

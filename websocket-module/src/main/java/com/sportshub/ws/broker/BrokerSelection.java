package com.sportshub.ws.broker;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Picks the broker at start-up: Redis when {@code redis.url} (env {@code REDIS_URL}) is set, so
 * that several nodes share channels and seqs; otherwise a single node in memory.
 */
@ApplicationScoped
public class BrokerSelection {

  private static final Logger LOG = Logger.getLogger(BrokerSelection.class.getName());

  @Inject
  @ConfigProperty(name = "redis.url")
  Optional<String> redisUrl;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Produces
  @ApplicationScoped
  Broker broker() {
    Broker broker =
        redisUrl
            .filter(url -> !url.isBlank())
            .<Broker>map(url -> new RedissonBroker(url, executor))
            .orElseGet(() -> new InMemoryBroker(executor));
    LOG.info(
        () ->
            redisUrl.isPresent()
                ? "Broker: " + broker.description() + "; nodes sharing it form one cluster"
                : "Broker: "
                    + broker.description()
                    + "; REDIS_URL is not set, so no other node"
                    + " will see this one's updates");
    return broker;
  }

  void close(@Disposes Broker broker) {
    broker.close();
  }
}

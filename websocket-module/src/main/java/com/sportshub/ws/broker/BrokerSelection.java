package com.sportshub.ws.broker;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Picks the broker at start-up: Redis when {@code redis.url} (env {@code REDIS_URL}) is set, so
 * that several nodes share channels, seqs and the resume window; otherwise a single node in memory.
 */
@ApplicationScoped
public class BrokerSelection {

  private static final Logger LOG = Logger.getLogger(BrokerSelection.class.getName());

  @Inject
  @ConfigProperty(name = "redis.url")
  Optional<String> redisUrl;

  @Inject
  @ConfigProperty(name = "hub.redis.namespace", defaultValue = "sportshub")
  String namespace;

  @Inject
  @ConfigProperty(name = "hub.resume.updates", defaultValue = "1000")
  int resumeUpdates;

  @Inject
  @ConfigProperty(name = "hub.resume.age-seconds", defaultValue = "300")
  long resumeAgeSeconds;

  @Inject
  @ConfigProperty(name = "hub.resume.ceiling", defaultValue = "20000")
  int resumeCeiling;

  @Inject
  @ConfigProperty(name = "hub.broker.max-waiting", defaultValue = "100000")
  int maxWaiting;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Produces
  @ApplicationScoped
  Broker broker() {
    ResumeWindow window =
        new ResumeWindow(resumeUpdates, Duration.ofSeconds(resumeAgeSeconds), resumeCeiling);
    Optional<String> redis = redisUrl.filter(url -> !url.isBlank());
    Broker broker =
        redis
            .<Broker>map(url -> new RedissonBroker(url, namespace, threads, window, maxWaiting))
            .orElseGet(() -> new InMemoryBroker(threads, window));
    LOG.info(
        () ->
            redis.isPresent()
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

package com.sportshub.ws.relay;

import com.sportshub.ws.broker.Broker;
import com.sportshub.ws.broker.Publication;
import com.sportshub.ws.hub.Conflator;
import com.sportshub.ws.metrics.DeliveryMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The most updates per second each channel family may carry; faster changes are conflated. Races
 * get one update a second by default (what a race card can show); the live match list four and a
 * league table two (each update is the whole list or table, so the latest one is all a client
 * needs); odds and match channels are not held back unless configured. {@code
 * hub.conflate.<family>-ms}: 0 is no limit.
 */
@ApplicationScoped
public class ChannelRates {

  @Inject Broker broker;
  @Inject DeliveryMetrics metrics;

  @Inject
  @ConfigProperty(name = "hub.conflate.race-ms", defaultValue = "1000")
  long raceMillis;

  @Inject
  @ConfigProperty(name = "hub.conflate.odds-event-ms", defaultValue = "0")
  long oddsEventMillis;

  @Inject
  @ConfigProperty(name = "hub.conflate.odds-sport-ms", defaultValue = "0")
  long oddsSportMillis;

  @Inject
  @ConfigProperty(name = "hub.conflate.matches-live-ms", defaultValue = "250")
  long matchesLiveMillis;

  @Inject
  @ConfigProperty(name = "hub.conflate.standings-ms", defaultValue = "500")
  long standingsMillis;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  /** Channel prefix to its conflator; the first prefix that matches wins. */
  private final Map<String, Conflator> conflators = new LinkedHashMap<>();

  @PostConstruct
  void configure() {
    limit("race:", raceMillis);
    limit("odds:event:", oddsEventMillis);
    limit("odds:", oddsSportMillis);
    limit("matches:live", matchesLiveMillis);
    limit("standings:", standingsMillis);
  }

  private void limit(String prefix, long millis) {
    conflators.put(
        prefix,
        millis <= 0
            ? null
            : new Conflator(
                millis,
                (task, delay) -> scheduler.schedule(task, delay, TimeUnit.MILLISECONDS),
                System::currentTimeMillis,
                this::publishHeld));
  }

  /** What a conflator lets go: one update, counted when it merges several changes. */
  private void publishHeld(Publication publication) {
    if (publication.conflated()) {
      metrics.conflatedUpdates().inc();
    }
    broker.publish(publication);
  }

  /** Creates the bean (its conflators); called once, as the web application starts. */
  public void start() {
    // the work is in @PostConstruct; calling any method on the proxy creates the instance
  }

  /** Publishes now, or conflated if the channel's family has a rate and the update came early. */
  public void publish(Publication publication) {
    for (Map.Entry<String, Conflator> family : conflators.entrySet()) {
      if (publication.channel().startsWith(family.getKey())) {
        if (family.getValue() == null) {
          break;
        }
        family.getValue().offer(publication);
        return;
      }
    }
    broker.publish(publication);
  }

  /**
   * Publishes now and never merged, but after any update the channel's conflator holds, so that
   * nothing overtakes what came before it (see {@link Conflator#pass}).
   */
  public void publishInOrder(Publication publication) {
    for (Map.Entry<String, Conflator> family : conflators.entrySet()) {
      if (publication.channel().startsWith(family.getKey())) {
        if (family.getValue() != null) {
          family.getValue().pass(publication);
          return;
        }
        break;
      }
    }
    broker.publish(publication);
  }
}

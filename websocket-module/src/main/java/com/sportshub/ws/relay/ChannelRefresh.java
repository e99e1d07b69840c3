package com.sportshub.ws.relay;

import com.sportshub.ws.broker.Broker;
import com.sportshub.ws.broker.Publication;
import com.sportshub.ws.hub.SerialExecutor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes a channel's whole state, read afresh after a commit, for channels whose updates are
 * full states rather than deltas (the live list, a league table). The read runs after the change
 * committed and off the committing thread, one at a time in request order, so the last read always
 * follows the last change: two transactions committing together can never leave an older state as
 * the last one published. A request made while the same one still waits to run is dropped: the
 * waiting read will see its change too.
 */
@ApplicationScoped
public class ChannelRefresh {

  private static final Logger LOG = Logger.getLogger(ChannelRefresh.class.getName());

  @Inject ChannelRates rates;
  @Inject Broker broker;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private final Set<String> waiting = ConcurrentHashMap.newKeySet();
  private SerialExecutor lane;

  @PostConstruct
  void configure() {
    lane = new SerialExecutor(executor);
  }

  /**
   * Creates the bean (its lane on the managed executor); called once, as the application starts.
   */
  public void start() {
    // the work is in @PostConstruct; calling any method on the proxy creates the instance
  }

  /**
   * Reads the channel's state with {@code reader} soon and publishes it as {@code event}: at the
   * channel's rate when {@code conflated}, else at once (for an event that must not be merged with
   * the channel's other updates). Nothing is published when the reader finds nothing.
   */
  public void request(
      String channel, String event, boolean conflated, Supplier<Optional<String>> reader) {
    String key = channel + '\u0000' + event;
    if (!waiting.add(key)) {
      return;
    }
    lane.execute(
        () -> {
          waiting.remove(key);
          try {
            reader
                .get()
                .ifPresent(
                    data -> {
                      Publication update =
                          new Publication(channel, event, data, System.currentTimeMillis());
                      if (conflated) {
                        rates.publish(update);
                      } else {
                        broker.publish(update);
                      }
                    });
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "refreshing " + channel + " failed", e);
          }
        });
  }
}

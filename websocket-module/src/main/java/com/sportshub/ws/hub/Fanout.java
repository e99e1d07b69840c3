package com.sportshub.ws.hub;

import com.sportshub.ws.broker.Broker;
import com.sportshub.ws.broker.Envelope;
import com.sportshub.ws.broker.Replay;
import com.sportshub.ws.metrics.DeliveryMetrics;
import com.sportshub.ws.metrics.Discard;
import com.sportshub.ws.metrics.LagSampler;
import com.sportshub.ws.metrics.UpdateKinds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;

/**
 * This node's channels: subscribers join and leave here, and every update the broker brings is
 * handed to the members of its channel, in seq order, each once.
 *
 * <p>The node keeps the last seq it handed out per channel. A repeat is dropped; a jump (say the
 * node's link to Redis dropped for a moment) is filled from the broker's resume window before the
 * new update goes out, so clients see no gap the node could have closed.
 *
 * <p>The broker's lane keeps the seqs; handing an update to the members is spread over {@code
 * hub.ws.fanout-lanes} lanes (one per core by default), each serving a fixed share of the
 * subscribers, so that writing to thousands of connections uses every core while each subscriber
 * still gets its updates in order.
 *
 * <p>It starts listening to the broker when first used, that is when the first client joins: no one
 * on this node needs an update before then. (An {@code @Initialized} observer would be earlier, but
 * in an EAR it can run in an EJB module's naming context.)
 */
@ApplicationScoped
public class Fanout {

  private static final Logger LOG = Logger.getLogger(Fanout.class.getName());

  @Inject Broker broker;
  @Inject ChannelRegistry registry;
  @Inject DeliveryMetrics metrics;

  @Inject
  @ConfigProperty(name = "hub.ws.fanout-lanes", defaultValue = "0")
  int lanesSetting;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private final Map<String, Long> handedOut = new ConcurrentHashMap<>();
  private final List<ExecutorService> started = new ArrayList<>();

  /** Counted nothing until {@link #listen} takes the registry's metrics (unit tests never do). */
  private Counter deliveries = Discard.COUNTER;

  private UpdateKinds updates = UpdateKinds.discard();
  private LagSampler lag = LagSampler.discard();

  /** One lane, on the caller's thread, until {@link #listen} starts the configured ones. */
  private Executor[] lanes = {Runnable::run};

  @PostConstruct
  void listen() {
    deliveries = metrics.deliveries();
    updates = metrics.updates();
    lag = metrics.lag();
    int count = lanesSetting > 0 ? lanesSetting : Runtime.getRuntime().availableProcessors();
    registry.shardInto(count);
    Executor[] configured = new Executor[count];
    for (int i = 0; i < count; i++) {
      ExecutorService lane = Executors.newSingleThreadExecutor(threads);
      started.add(lane);
      configured[i] = lane;
    }
    lanes = configured;
    broker.onHistoryLost(this::historyLost);
    broker.onResumed(this::catchUp);
    broker.listen(this::deliver);
    LOG.info(() -> "delivering updates from the broker: " + broker.description());
  }

  /** Creates the bean (and so starts listening); called once, as the web application starts. */
  public void start() {
    // the work is in @PostConstruct; calling any method on the proxy creates the instance
  }

  public boolean join(String channel, Subscriber subscriber) {
    return registry.join(channel, subscriber);
  }

  public boolean leave(String channel, Subscriber subscriber) {
    return registry.leave(channel, subscriber);
  }

  /** Called on the broker's delivery lane, one update at a time. */
  void deliver(Envelope update) {
    String channel = update.channel();
    updates.count(channel);
    if (!registry.hasMembers(channel)) {
      handedOut.remove(channel);
      return;
    }
    long last = handedOut.getOrDefault(channel, update.seq() - 1);
    if (update.seq() <= last) {
      return;
    }
    if (update.seq() > last + 1) {
      fillGap(channel, last, update.seq());
    }
    if (lag.due(System.nanoTime())) {
      onEachLane(shard -> handOut(update, shard, true));
    } else {
      spread(update);
    }
    handedOut.put(channel, update.seq());
  }

  private void spread(Envelope update) {
    onEachLane(shard -> handOut(update, shard, false));
  }

  /** On a lane: the shard's members get the update; a sampled one's lag is taken after that. */
  private void handOut(Envelope update, int shard, boolean sampled) {
    int reached = registry.deliver(update, shard);
    deliveries.inc(reached);
    if (sampled && reached > 0) {
      lag.record(update.frame());
    }
  }

  /** Runs {@code work} on every lane, each with its shard number (the registry's shards). */
  private void onEachLane(IntConsumer work) {
    for (int shard = 0; shard < lanes.length; shard++) {
      int mine = shard;
      lanes[shard].execute(() -> work.accept(mine));
    }
  }

  @PreDestroy
  void stop() {
    started.forEach(ExecutorService::shutdownNow);
  }

  /** The broker's history restarted: forget the seqs handed out and let every member catch up. */
  void historyLost() {
    handedOut.clear();
    onEachLane(
        shard ->
            registry.forEachMembership(
                shard, (channel, subscriber) -> subscriber.historyLost(channel)));
  }

  /** After the link to the other nodes was restored: fetch what every channel missed meanwhile. */
  void catchUp() {
    handedOut.forEach(
        (channel, last) -> {
          try {
            for (Envelope missed : broker.since(channel, last).updates()) {
              spread(missed);
              handedOut.put(channel, missed.seq());
            }
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, channel + ": cannot catch up after a reconnect", e);
          }
        });
  }

  private void fillGap(String channel, long last, long next) {
    try {
      Replay missed = broker.since(channel, last);
      missed.updates().stream().filter(u -> u.seq() < next).forEach(this::spread);
      if (!missed.complete()) {
        LOG.warning(() -> channel + ": updates " + (last + 1) + ".." + (next - 1) + " are gone");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, channel + ": cannot fill the gap before seq " + next, e);
    }
  }
}

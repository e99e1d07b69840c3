package com.sportshub.odds.boundary;

import com.sportshub.kernel.TickLoop;
import com.sportshub.odds.control.feed.OddsSource;
import com.sportshub.odds.entity.FeedEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Runs the configured odds feed (the simulator, or a poller of The Odds API) every interval and
 * hands what it yields to {@link OddsFeed}. Started at boot unless configured off; operators start,
 * stop and watch it over REST ({@code /api/odds/publisher}) and JMX.
 *
 * <p>A tick that takes longer than the interval makes the next one skip, never overlap.
 */
@Startup
@Singleton
@DependsOn("OddsSchema") // its first tick comes at once: on a new database, before the tables did
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OddsPublisher {

  private static final Logger LOG = Logger.getLogger(OddsPublisher.class.getName());

  @Resource TimerService timers;
  @Resource SessionContext context;
  @Inject OddsFeed feed;
  @Inject OddsSources sources;

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry metrics;

  private Counter errors;

  @Inject
  @ConfigProperty(name = "hub.odds.publisher.interval-ms", defaultValue = "500")
  long intervalMillis;

  @Inject
  @ConfigProperty(name = "hub.odds.publisher.autostart", defaultValue = "true")
  boolean autostart;

  private final TickLoop loop = new TickLoop("odds");
  private final AtomicLong eventsPublished = new AtomicLong();
  private final AtomicLong pricesPublished = new AtomicLong();
  private volatile OddsSource source;
  private volatile Instant lastRun;
  private volatile String lastError;
  private PublisherJmx jmx;

  @PostConstruct
  void boot() {
    source = sources.configured();
    // named as the other contexts' feeds are (hub_feed_running, hub_feed_errors_total)
    Tag feed = new Tag("feed", "odds");
    metrics.gauge("hub.feed.running", this, p -> p.loop.running() ? 1 : 0, feed);
    errors = metrics.counter("hub.feed.errors", feed);
    // JMX calls arrive on threads of their own: they go through the container's view of the bean.
    jmx = PublisherJmx.register(context.getBusinessObject(OddsPublisher.class));
    if (autostart) {
      start();
    }
  }

  @PreDestroy
  void shutdown() {
    stop();
    jmx.unregister();
  }

  /** Starts publishing; does nothing when it already runs. */
  public synchronized PublisherStatus start() {
    if (loop.start(timers, 0, intervalMillis)) {
      LOG.info(
          () ->
              "odds publisher started: feed " + source.name() + " every " + intervalMillis + " ms");
    }
    return status();
  }

  /** Stops publishing; a tick under way finishes. */
  public synchronized PublisherStatus stop() {
    if (loop.stop()) {
      LOG.info("odds publisher stopped");
    }
    return status();
  }

  public PublisherStatus status() {
    boolean running = loop.running();
    return new PublisherStatus(
        running ? "running" : "stopped",
        source.name(),
        source.state(),
        intervalMillis,
        running,
        lastRun,
        eventsPublished.get(),
        pricesPublished.get(),
        lastError);
  }

  @Timeout
  void tick(Timer fired) {
    loop.tick(this::publish);
  }

  private void publish() {
    try {
      Instant now = Instant.now();
      List<FeedEvent> batch = source.next(now);
      IntakeResult result = feed.ingest(batch, source.name());
      eventsPublished.addAndGet(result.changedEvents());
      pricesPublished.addAndGet(result.changedPrices());
      lastRun = now;
      lastError = null;
    } catch (RuntimeException e) {
      lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
      errors.inc();
      LOG.log(Level.WARNING, "odds publisher tick failed", e);
    }
  }
}

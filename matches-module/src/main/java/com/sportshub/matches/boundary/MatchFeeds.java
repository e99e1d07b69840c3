package com.sportshub.matches.boundary;

import com.sportshub.kernel.TickLoop;
import com.sportshub.matches.control.feed.FeedMatch;
import com.sportshub.matches.control.feed.FeedPoller;
import com.sportshub.matches.control.feed.FeedSources;
import com.sportshub.matches.entity.FeedReport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Runs the configured score feeds (see {@link FeedSources}): a timer looks every {@code
 * hub.matches.feeds.tick-ms} which poller is due, polls it outside any transaction, and hands what
 * it brought to {@link FeedIntake}, holding the locks of the matches concerned. Each poll's outcome
 * becomes the feed's sync state. A tick that takes longer than the interval makes the next one
 * skip, never overlap.
 */
@Startup
@Singleton
@DependsOn("MatchesSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MatchFeeds {

  private static final Logger LOG = Logger.getLogger(MatchFeeds.class.getName());

  @Resource TimerService timers;
  @Inject FeedSources sources;
  @Inject FeedIntake intake;
  @Inject MatchLocks locks;

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "hub.matches.feeds.tick-ms", defaultValue = "1000")
  long tickMillis;

  private final TickLoop loop = new TickLoop("match-feeds");
  private List<FeedPoller> pollers = List.of();

  /** Feeds an operator stopped: they are not polled until started again. */
  private final Set<String> stopped = ConcurrentHashMap.newKeySet();

  /** Each feed's last poll: when, and its error (null when it went well). */
  private final Map<String, FeedReport> lastPolls = new ConcurrentHashMap<>();

  @PostConstruct
  void boot() {
    pollers = sources.configured();
    for (FeedPoller poller : pollers) {
      // named as the other contexts' feeds are (hub_feed_running, hub_feed_errors_total)
      String name = poller.name();
      metrics.gauge("hub.feed.running", this, f -> f.running(name) ? 1 : 0, feed(poller));
    }
    if (!pollers.isEmpty()) {
      loop.start(timers, tickMillis, tickMillis);
      LOG.info(() -> "match feeds: " + pollers.stream().map(FeedPoller::name).toList());
    }
  }

  @PreDestroy
  void shutdown() {
    loop.stop();
  }

  /** The feeds this node is configured to poll, by name ({@code espn}, {@code football-data}). */
  public List<String> feeds() {
    return pollers.stream().map(FeedPoller::name).toList();
  }

  /** Polls the feed again from its next due time; does nothing when it runs. */
  public FeedControlStatus start(String feed) {
    if (stopped.remove(poller(feed).name())) {
      LOG.info(() -> "match feed " + feed + " started");
    }
    return status(feed);
  }

  /** Stops polling the feed; a poll under way finishes. */
  public FeedControlStatus stop(String feed) {
    if (stopped.add(poller(feed).name())) {
      LOG.info(() -> "match feed " + feed + " stopped");
    }
    return status(feed);
  }

  public FeedControlStatus status(String feed) {
    FeedPoller poller = poller(feed);
    FeedReport last = lastPolls.get(feed);
    boolean running = running(feed);
    return new FeedControlStatus(
        feed,
        running ? poller.state() : "stopped",
        running,
        last == null ? null : last.at(),
        last == null ? null : last.error());
  }

  private boolean running(String feed) {
    return loop.running() && !stopped.contains(feed);
  }

  private FeedPoller poller(String feed) {
    return pollers.stream()
        .filter(p -> p.name().equals(feed))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no match feed " + feed + " here"));
  }

  private static Tag feed(FeedPoller poller) {
    return feed(poller.name());
  }

  private static Tag feed(String name) {
    return new Tag("feed", name);
  }

  @Timeout
  void tick(Timer fired) {
    loop.tick(
        () -> {
          for (FeedPoller poller : pollers) {
            if (!stopped.contains(poller.name()) && poller.due(Instant.now())) {
              poll(poller);
            }
          }
        });
  }

  private void poll(FeedPoller poller) {
    FeedPoller.Polled polled = poller.poll();
    String error = polled.error();
    int updated = 0;
    try {
      List<FeedMatch> matches = polled.matches();
      updated =
          locks.holding(
              matches.stream().map(FeedMatch::matchId).toList(),
              () -> intake.apply(matches, polled.feed()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "matches of " + polled.feed() + " refused", e);
      error = "matches refused: " + e.getMessage();
    }
    if (error != null) {
      metrics.counter("hub.feed.errors", feed(polled.feed())).inc();
    }
    String state = error != null && polled.error() == null ? "failing" : polled.state();
    FeedReport report = new FeedReport(polled.feed(), state, Instant.now(), error, updated);
    lastPolls.put(poller.name(), report);
    try {
      intake.record(report);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "sync state of " + polled.feed() + " not recorded", e);
    }
  }
}

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
  @ConfigProperty(name = "hub.matches.feeds.tick-ms", defaultValue = "1000")
  long tickMillis;

  private final TickLoop loop = new TickLoop("match-feeds");
  private List<FeedPoller> pollers = List.of();

  @PostConstruct
  void boot() {
    pollers = sources.configured();
    if (!pollers.isEmpty()) {
      loop.start(timers, tickMillis, tickMillis);
      LOG.info(() -> "match feeds: " + pollers.stream().map(FeedPoller::name).toList());
    }
  }

  @PreDestroy
  void shutdown() {
    loop.stop();
  }

  @Timeout
  void tick(Timer fired) {
    loop.tick(
        () -> {
          for (FeedPoller poller : pollers) {
            if (poller.due(Instant.now())) {
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
    try {
      String state = error != null && polled.error() == null ? "failing" : polled.state();
      intake.record(new FeedReport(polled.feed(), state, Instant.now(), error, updated));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "sync state of " + polled.feed() + " not recorded", e);
    }
  }
}

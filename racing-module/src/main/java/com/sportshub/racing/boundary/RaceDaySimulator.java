package com.sportshub.racing.boundary;

import com.sportshub.kernel.TickLoop;
import com.sportshub.racing.control.simulator.RaceDayPlan;
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
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Runs race days, so that the page and clients show live racing with no feed connected: plans a
 * day's meetings ({@link RaceDayPlan}) and runs it ({@link RaceDayRun}) on a timer, through {@link
 * RaceFeed} like any other writer. When the day is over it plans the next, starting at once; the
 * first race of a day parades a minute after it is planned.
 *
 * <p>Settings: {@code hub.racing.simulator.autostart} (true), {@code .tick-ms} (2000), {@code
 * .race-spacing} (PT30M between a meeting's races), {@code .meetings} (3), {@code
 * .races-per-meeting} (6) and {@code .seed}. Operators start and stop it over REST. A tick that
 * overruns makes the next one skip.
 */
@Startup
@Singleton
@DependsOn("RacingSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RaceDaySimulator {

  private static final Logger LOG = Logger.getLogger(RaceDaySimulator.class.getName());

  @Resource TimerService timers;
  @Inject RaceFeed feed;

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry metrics;

  private Counter errors;

  @Inject
  @ConfigProperty(name = "hub.racing.simulator.autostart", defaultValue = "true")
  boolean autostart;

  @Inject
  @ConfigProperty(name = "hub.racing.simulator.tick-ms", defaultValue = "2000")
  long tickMillis;

  @Inject
  @ConfigProperty(name = "hub.racing.simulator.race-spacing", defaultValue = "PT30M")
  Duration spacing;

  @Inject
  @ConfigProperty(name = "hub.racing.simulator.meetings", defaultValue = "3")
  int meetingCount;

  @Inject
  @ConfigProperty(name = "hub.racing.simulator.races-per-meeting", defaultValue = "6")
  int racesPerMeeting;

  @Inject
  @ConfigProperty(name = "hub.racing.simulator.seed", defaultValue = "20260310")
  long seed;

  private final TickLoop loop = new TickLoop("racing");
  private final AtomicLong steps = new AtomicLong();
  private final AtomicLong prices = new AtomicLong();
  private volatile RaceDayRun day;
  private volatile Instant lastRun;
  private volatile String lastError;
  private long ticks;

  @PostConstruct
  void boot() {
    // named as the other contexts' feeds are (hub_feed_running, hub_feed_errors_total)
    Tag feedTag = new Tag("feed", "racing-simulator");
    metrics.gauge("hub.feed.running", this, s -> s.loop.running() ? 1 : 0, feedTag);
    errors = metrics.counter("hub.feed.errors", feedTag);
    if (autostart) {
      start();
    }
  }

  @PreDestroy
  void shutdown() {
    stop();
  }

  /** Starts the day (or carries it on); does nothing when it already runs. */
  public synchronized SimulatorStatus start() {
    if (loop.start(timers, 0, tickMillis)) {
      LOG.info(() -> "race-day simulator started: a tick every " + tickMillis + " ms");
    }
    return status();
  }

  /** Stops; a tick under way finishes. Races stay where they are until it starts again. */
  public synchronized SimulatorStatus stop() {
    if (loop.stop()) {
      LOG.info("race-day simulator stopped");
    }
    return status();
  }

  public SimulatorStatus status() {
    boolean running = loop.running();
    RaceDayRun current = day;
    return new SimulatorStatus(
        running ? "running" : "stopped",
        running,
        tickMillis,
        lastRun,
        current == null ? 0 : current.meetings(),
        current == null ? 0 : current.racesLeft(),
        steps.get(),
        prices.get(),
        lastError);
  }

  @Timeout
  void tick(Timer fired) {
    loop.tick(this::run);
  }

  private void run() {
    Instant now = Instant.now();
    if (day == null || day.over()) {
      Instant firstOff = now.plus(spacing.dividedBy(3)).plusSeconds(60);
      day =
          RaceDayRun.start(
              feed,
              RaceDayPlan.plan(seed, firstOff, spacing, meetingCount, racesPerMeeting),
              steps,
              prices,
              this::failed);
    }
    day.tick(now, ++ticks % 5 == 0);
    lastRun = now;
  }

  private void failed(String what, RuntimeException e) {
    lastError = what + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
    errors.inc();
    LOG.log(Level.FINE, "race-day simulator: " + what, e);
  }
}

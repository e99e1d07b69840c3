package com.sportshub.matches.boundary;

import com.sportshub.kernel.TickLoop;
import com.sportshub.matches.commands.CommandCaller;
import com.sportshub.matches.commands.CommandResult;
import com.sportshub.matches.commands.MatchCommand;
import com.sportshub.matches.control.simulator.MatchSimulator;
import com.sportshub.matches.control.simulator.SimulatorSettings;
import com.sportshub.matches.entity.FeedReport;
import com.sportshub.matches.query.MatchQueries;
import com.sportshub.matches.query.MatchView;
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
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Runs the match simulator on a timer, one simulated minute every {@code
 * hub.matches.simulator.minute-ms}, applying what it plays through {@link MatchControl} as the
 * {@code simulator} (with an admin's rights), exactly as a referee's commands are applied. Started
 * at boot unless {@code hub.matches.simulator.autostart} is false; admins start and stop it over
 * REST. Run it on one node of a cluster: two simulators would play two leagues' worth of matches.
 */
@Startup
@Singleton
@DependsOn("MatchesSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MatchSimulation {

  private static final Logger LOG = Logger.getLogger(MatchSimulation.class.getName());
  private static final String AUTOSTART = "match-simulator-autostart";
  private static final CommandCaller SIMULATOR =
      new CommandCaller("simulator", Set.of(CommandCaller.ADMIN));

  @Resource TimerService timers;
  @Inject MatchControl control;
  @Inject MatchAdministration administration;
  @Inject MatchQueries queries;
  @Inject FeedIntake intake;

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry metrics;

  private Counter errors;

  @Inject
  @ConfigProperty(name = "hub.matches.simulator.autostart", defaultValue = "true")
  boolean autostart;

  @Inject
  @ConfigProperty(name = "hub.matches.simulator.minute-ms", defaultValue = "1000")
  long minuteMillis;

  @Inject
  @ConfigProperty(name = "hub.matches.simulator.competition", defaultValue = "SIM")
  String competition;

  @Inject
  @ConfigProperty(name = "hub.matches.simulator.matches", defaultValue = "4")
  int matchesAtOnce;

  @Inject
  @ConfigProperty(name = "hub.matches.simulator.postpone-chance", defaultValue = "0.03")
  double postponeChance;

  @Inject
  @ConfigProperty(name = "hub.matches.simulator.seed", defaultValue = "7")
  long seed;

  private final TickLoop loop = new TickLoop("match-simulator");
  private final AtomicLong applied = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private volatile MatchSimulator simulator;
  private volatile Instant lastTick;
  private volatile String lastError;

  /**
   * Starts on a timer, not here: starting fires events (the feed's status, the sweep's commands),
   * and an observer notified while the application is still deploying was found created without its
   * injections, for good: the match relay then failed on every later event until a restart.
   */
  @PostConstruct
  void boot() {
    // named as the other contexts' feeds are (hub_feed_running, hub_feed_errors_total)
    Tag feed = new Tag("feed", "match-simulator");
    metrics.gauge("hub.feed.running", this, s -> s.loop.running() ? 1 : 0, feed);
    errors = metrics.counter("hub.feed.errors", feed);
    if (autostart) {
      timers.createSingleActionTimer(1, new TimerConfig(AUTOSTART, false));
    }
  }

  @PreDestroy
  void shutdown() {
    stop();
  }

  /** Starts simulating (a fresh league day); does nothing when it already runs. */
  public synchronized SimulatorStatus start() {
    if (!loop.running()) {
      SimulatorSettings settings =
          new SimulatorSettings(
              competition,
              SimulatorSettings.CLUBS,
              matchesAtOnce,
              Duration.ofMillis(minuteMillis),
              postponeChance,
              seed);
      sweep();
      simulator = new MatchSimulator(settings, Instant.now());
      loop.start(timers, 0, minuteMillis);
      report("running");
      LOG.info(
          () ->
              "match simulator started: "
                  + competition
                  + ", a minute every "
                  + minuteMillis
                  + " ms");
    }
    return status();
  }

  /**
   * Ends what an earlier run left behind (this node restarted mid-match): its live matches are
   * suspended and its fixtures not yet kicked off cancelled, so none lingers as live for ever.
   */
  private void sweep() {
    try {
      List<MatchView> left = new ArrayList<>(queries.live());
      left.addAll(queries.matches(competition, "TIMED"));
      for (MatchView match : left) {
        if ("simulator".equals(match.source())) {
          String command = match.live() ? "suspend" : "cancel";
          control.apply(
              MatchCommand.of(match.matchId(), command, "sweep-" + UUID.randomUUID()),
              SIMULATOR,
              "simulator");
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "matches of an earlier simulator run not ended", e);
    }
  }

  /** Stops simulating; the matches it was playing stay where they stood. */
  public synchronized SimulatorStatus stop() {
    if (loop.stop()) {
      report("idle");
      LOG.info("match simulator stopped");
    }
    return status();
  }

  public SimulatorStatus status() {
    MatchSimulator running = simulator;
    return new SimulatorStatus(
        loop.running() ? "running" : "stopped",
        competition,
        minuteMillis,
        matchesAtOnce,
        lastTick,
        applied.get(),
        refused.get(),
        lastError,
        running == null || !loop.running() ? List.of() : List.copyOf(running.running()));
  }

  @Timeout
  void tick(Timer fired) {
    if (AUTOSTART.equals(fired.getInfo())) {
      start();
      return;
    }
    MatchSimulator current = simulator;
    if (current != null) {
      loop.tick(() -> play(current));
    }
  }

  private void play(MatchSimulator current) {
    try {
      Instant now = Instant.now();
      for (MatchSimulator.Step step : current.tick(now)) {
        if (step instanceof MatchSimulator.Create create) {
          schedule(current, create);
        } else if (step instanceof MatchSimulator.Command command) {
          apply(current, command.command());
        }
      }
      lastTick = now;
    } catch (RuntimeException e) {
      failed(e.getClass().getSimpleName() + ": " + e.getMessage());
      LOG.log(Level.WARNING, "match simulator tick failed", e);
    }
  }

  private void schedule(MatchSimulator current, MatchSimulator.Create create) {
    try {
      administration.schedule(create.fixture(), "simulator");
    } catch (RuntimeException e) {
      current.drop(create.fixture().matchId());
      refused.incrementAndGet();
      failed("fixture refused: " + e.getMessage());
    }
  }

  private void apply(MatchSimulator current, MatchCommand command) {
    CommandResult result = control.apply(command, SIMULATOR, "simulator");
    if (result.outcome().accepted()) {
      applied.incrementAndGet();
      current.applied(command, result.eventId());
    } else {
      refused.incrementAndGet();
      failed(command.command() + " refused: " + result.message());
      if (result.outcome() == CommandResult.Outcome.CONFLICT
          || result.outcome() == CommandResult.Outcome.NOT_FOUND) {
        current.drop(command.matchId());
      }
    }
  }

  private void failed(String error) {
    lastError = error;
    errors.inc();
  }

  private void report(String state) {
    try {
      intake.record(new FeedReport("simulator", state, Instant.now(), null, 0));
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "simulator state not recorded", e);
    }
  }
}

package com.sportshub.racing.boundary;

import com.sportshub.racing.control.RaceLifecycle;
import com.sportshub.racing.control.simulation.PlannedMeeting;
import com.sportshub.racing.control.simulation.RaceDayPlan;
import com.sportshub.racing.control.simulation.SimulatedRace;
import com.sportshub.racing.control.simulation.Step;
import com.sportshub.racing.entity.PriceQuote;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a race day, so that the page and clients show live racing with no feed connected: plans the
 * day's meetings ({@link RaceDayPlan}), writes their cards, and every tick carries out the steps
 * that are due, moves prices and adds money to the pools, all through {@link RaceFeed} like any
 * other writer. When the day is over it plans the next, starting at once.
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
  private static final String SOURCE = "simulator";

  @Resource TimerService timers;
  @Inject RaceFeed feed;

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

  private final AtomicBoolean ticking = new AtomicBoolean();
  private final AtomicLong steps = new AtomicLong();
  private final AtomicLong prices = new AtomicLong();
  private volatile List<SimulatedRace> races = List.of();
  private volatile int meetings;
  private volatile Timer timer;
  private volatile Instant lastRun;
  private volatile String lastError;
  private long ticks;

  @PostConstruct
  void boot() {
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
    if (timer == null) {
      timer = timers.createIntervalTimer(0, tickMillis, new TimerConfig("racing", false));
      LOG.info(() -> "race-day simulator started: a tick every " + tickMillis + " ms");
    }
    return status();
  }

  /** Stops; a tick under way finishes. Races stay where they are until it starts again. */
  public synchronized SimulatorStatus stop() {
    if (timer != null) {
      try {
        timer.cancel();
      } catch (RuntimeException gone) {
        // already cancelled or expired: stopped either way
      }
      timer = null;
      LOG.info("race-day simulator stopped");
    }
    return status();
  }

  public SimulatorStatus status() {
    boolean running = timer != null;
    int left = (int) races.stream().filter(r -> !r.over()).count();
    return new SimulatorStatus(
        running ? "running" : "stopped",
        running,
        tickMillis,
        lastRun,
        meetings,
        left,
        steps.get(),
        prices.get(),
        lastError);
  }

  @Timeout
  void tick(Timer fired) {
    if (!ticking.compareAndSet(false, true)) {
      return;
    }
    try {
      Instant now = Instant.now();
      if (races.stream().allMatch(SimulatedRace::over)) {
        planDay(now.plus(spacing.dividedBy(3)).plusSeconds(60));
      }
      boolean betting = ++ticks % 5 == 0;
      for (SimulatedRace race : races) {
        carryOut(race, now);
        if (!race.over() && RaceLifecycle.bettingOpen(race.status())) {
          race.drift();
          write(race, () -> publish(race, race.prices(false)));
          if (betting) {
            write(race, () -> race.bet().forEach(pool -> feed.pool(race.draft().raceId(), pool)));
          }
        }
      }
      lastRun = now;
    } finally {
      ticking.set(false);
    }
  }

  private void planDay(Instant firstOff) {
    List<SimulatedRace> day = new ArrayList<>();
    List<PlannedMeeting> plan =
        RaceDayPlan.plan(seed, firstOff, spacing, meetingCount, racesPerMeeting);
    for (PlannedMeeting meeting : plan) {
      try {
        feed.createMeeting(meeting.meeting());
        for (SimulatedRace race : meeting.races()) {
          String raceId = race.draft().raceId();
          feed.addRace(meeting.meeting().meetingId(), race.draft());
          feed.declare(raceId, race.runners());
          publish(race, race.prices(true));
          day.add(race);
        }
      } catch (RuntimeException e) {
        failed("planning " + meeting.meeting().meetingId(), e);
      }
    }
    races = List.copyOf(day);
    meetings = plan.size();
    LOG.info(() -> "race-day simulator: " + day.size() + " races from " + firstOff);
  }

  private void carryOut(SimulatedRace race, Instant now) {
    String raceId = race.draft().raceId();
    for (var due = race.due(now); due.isPresent(); due = race.due(now)) {
      Step step = due.get();
      write(
          race,
          () -> {
            switch (step.kind()) {
              case MOVE -> feed.move(raceId, step.status(), SOURCE);
              case WITHDRAW -> feed.withdraw(raceId, race.withdrawOne());
              case DECLARE -> feed.declareResult(raceId, race.finish());
              case AMEND -> feed.declareResult(raceId, race.amend());
            }
          });
      steps.incrementAndGet();
      race.advance();
    }
  }

  private void publish(SimulatedRace race, List<PriceQuote> quotes) {
    if (!quotes.isEmpty()) {
      feed.price(race.draft().raceId(), quotes, SOURCE);
      prices.addAndGet(quotes.size());
    }
  }

  /** One write for a race; a refusal (someone else moved the race) is logged and skipped. */
  private void write(SimulatedRace race, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      failed(race.draft().raceId(), e);
    }
  }

  private void failed(String what, RuntimeException e) {
    lastError = what + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
    LOG.log(Level.FINE, "race-day simulator: " + what, e);
  }
}

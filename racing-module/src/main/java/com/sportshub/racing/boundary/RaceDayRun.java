package com.sportshub.racing.boundary;

import com.sportshub.racing.commands.PriceQuote;
import com.sportshub.racing.control.RaceLifecycle;
import com.sportshub.racing.control.simulator.PlannedMeeting;
import com.sportshub.racing.control.simulator.SimulatedRace;
import com.sportshub.racing.control.simulator.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * One simulated race day being run through {@link RaceFeed}: its cards written when it starts,
 * then, tick by tick, the steps that are due carried out and the open races' prices and pools
 * moved. A write the hub refuses (someone else moved the race) is reported and skipped; the race
 * carries on with its next step.
 */
final class RaceDayRun {

  private static final Logger LOG = Logger.getLogger(RaceDayRun.class.getName());
  private static final String SOURCE = "simulator";

  private final RaceFeed feed;
  private final AtomicLong steps;
  private final AtomicLong prices;
  private final BiConsumer<String, RuntimeException> failed;
  private final List<SimulatedRace> races = new ArrayList<>();
  private final int meetings;

  private RaceDayRun(
      RaceFeed feed,
      int meetings,
      AtomicLong steps,
      AtomicLong prices,
      BiConsumer<String, RuntimeException> failed) {
    this.feed = feed;
    this.meetings = meetings;
    this.steps = steps;
    this.prices = prices;
    this.failed = failed;
  }

  /** Writes the day's cards with their opening prices; a meeting that fails is left out. */
  static RaceDayRun start(
      RaceFeed feed,
      List<PlannedMeeting> plan,
      AtomicLong steps,
      AtomicLong prices,
      BiConsumer<String, RuntimeException> failed) {
    RaceDayRun day = new RaceDayRun(feed, plan.size(), steps, prices, failed);
    for (PlannedMeeting meeting : plan) {
      String meetingId = meeting.meeting().meetingId();
      try {
        feed.createMeeting(meeting.meeting());
        for (SimulatedRace race : meeting.races()) {
          feed.addRace(meetingId, race.draft(), "simulator");
          feed.declare(race.draft().raceId(), race.runners());
          day.publish(race, race.prices(true));
          day.races.add(race);
        }
      } catch (RuntimeException e) {
        failed.accept("planning " + meetingId, e);
      }
    }
    LOG.info(() -> "race-day simulator: " + day.races.size() + " races in " + plan.size());
    return day;
  }

  boolean over() {
    return races.stream().allMatch(SimulatedRace::over);
  }

  int meetings() {
    return meetings;
  }

  int racesLeft() {
    return (int) races.stream().filter(r -> !r.over()).count();
  }

  /** Carries out what is due; moves the prices of open races, and their pools when betting. */
  void tick(Instant now, boolean betting) {
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

  private void write(SimulatedRace race, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      failed.accept(race.draft().raceId(), e);
    }
  }
}

package com.sportshub.racing.boundary;

import com.sportshub.racing.commands.PlacingDraft;
import com.sportshub.racing.control.DraftChecks;
import com.sportshub.racing.control.NonRunners;
import com.sportshub.racing.control.PlaceTerms;
import com.sportshub.racing.control.RaceCards;
import com.sportshub.racing.control.RaceLifecycle;
import com.sportshub.racing.control.RaceResults;
import com.sportshub.racing.control.RaceStore;
import com.sportshub.racing.control.RacingViews;
import com.sportshub.racing.control.RunnerStore;
import com.sportshub.racing.entity.InvalidRacingInput;
import com.sportshub.racing.entity.Meeting;
import com.sportshub.racing.entity.Race;
import com.sportshub.racing.entity.RacingConflict;
import com.sportshub.racing.entity.Runner;
import com.sportshub.racing.entity.UnknownRacingId;
import com.sportshub.racing.entity.WithdrawalTerms;
import com.sportshub.racing.events.RaceStatus;
import com.sportshub.racing.events.ResultDeclared;
import com.sportshub.racing.events.RunnerWithdrawn;
import com.sportshub.racing.query.ResultView;
import com.sportshub.racing.query.RunnerView;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The officials' writes on a race: a runner withdrawn (with its Rule 4 deduction and reduction
 * factor, published with the race's totals as a {@link RunnerWithdrawn}), and the result declared
 * or amended until it is weighed in ({@link ResultDeclared}).
 */
@Stateless
public class RaceStewards {

  @Inject RaceStore races;
  @Inject RunnerStore runners;
  @Inject RaceCards cards;
  @Inject RaceResults results;
  @Inject Event<RunnerWithdrawn> withdrawn;
  @Inject Event<ResultDeclared> declared;

  /**
   * Withdraws a runner. Only before the race is under orders: from then on a horse that does not
   * start has run for betting purposes.
   */
  public RunnerView withdraw(String raceId, int cloth) {
    Race race = races.lock(raceId).orElseThrow(() -> new UnknownRacingId("race", raceId));
    List<Runner> field = runners.of(raceId);
    Runner runner =
        field.stream()
            .filter(r -> r.cloth() == cloth)
            .findFirst()
            .orElseThrow(() -> new UnknownRacingId("runner", raceId + "/" + cloth));
    if (!RaceLifecycle.bettingOpen(race.status()) || race.status() == RaceStatus.UNDER_ORDERS) {
      throw new RacingConflict(
          "Too late to withdraw", "race " + raceId + " is " + race.status() + ": runners stand");
    }
    if (!runner.running()) {
      throw new RacingConflict("Already withdrawn", "runner " + cloth + " is a non-runner");
    }
    Map<Integer, BigDecimal> prices = new HashMap<>();
    field.stream().filter(Runner::running).forEach(r -> prices.put(r.cloth(), r.price()));
    Instant now = Instant.now();
    WithdrawalTerms terms = NonRunners.terms(cloth, prices);
    runner.withdraw(now, terms.ruleFour(), terms.factor());
    RunnerView view = RacingViews.of(runner);
    Meeting meeting = cards.meetingOf(race);
    withdrawn.fire(
        new RunnerWithdrawn(
            UUID.randomUUID(),
            RacingViews.of(race, meeting.course()),
            view,
            RacingViews.of(RaceCards.deductions(field)),
            PlaceTerms.of(race, meeting.convention(), field),
            now));
    return view;
  }

  /** Declares the result, or amends it with a new version; from FINISHED until weighed in. */
  public ResultView declare(String raceId, List<PlacingDraft> order) {
    Race race = races.lock(raceId).orElseThrow(() -> new UnknownRacingId("race", raceId));
    if (!RaceLifecycle.resultAmendable(race.status())) {
      String why =
          race.status() == RaceStatus.WEIGHED_IN
              ? "the result was weighed in and is final"
              : "the race is " + race.status();
      throw new RacingConflict("Result closed", "race " + raceId + ": " + why);
    }
    DraftChecks.placings(order);
    List<Runner> field = runners.of(raceId);
    Map<Integer, Runner> byCloth = new HashMap<>();
    field.forEach(r -> byCloth.put(r.cloth(), r));
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < order.size(); i++) {
      String at = "placings[" + i + "].cloth";
      Runner runner = byCloth.get(order.get(i).cloth());
      if (runner == null) {
        throw new InvalidRacingInput(at, "is not a runner in the race");
      }
      if (!runner.running()) {
        throw new InvalidRacingInput(at, "is a non-runner");
      }
      if (!seen.add(runner.cloth())) {
        throw new InvalidRacingInput(at, "is placed twice");
      }
    }
    Instant now = Instant.now();
    results.declare(race, order, now);
    Meeting meeting = cards.meetingOf(race);
    ResultView result = results.current(race, meeting, field).orElseThrow();
    declared.fire(
        new ResultDeclared(UUID.randomUUID(), RacingViews.of(race, meeting.course()), result, now));
    return result;
  }
}

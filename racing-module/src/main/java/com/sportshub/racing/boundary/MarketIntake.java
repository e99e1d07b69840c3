package com.sportshub.racing.boundary;

import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.PriceQuote;
import com.sportshub.racing.control.DraftChecks;
import com.sportshub.racing.control.PoolStore;
import com.sportshub.racing.control.PriceNotation;
import com.sportshub.racing.control.RaceCards;
import com.sportshub.racing.control.RaceLifecycle;
import com.sportshub.racing.control.RaceStore;
import com.sportshub.racing.control.RacingViews;
import com.sportshub.racing.control.RunnerStore;
import com.sportshub.racing.entity.InvalidRacingInput;
import com.sportshub.racing.entity.Meeting;
import com.sportshub.racing.entity.Race;
import com.sportshub.racing.entity.RacingConflict;
import com.sportshub.racing.entity.Runner;
import com.sportshub.racing.entity.RunnerPrice;
import com.sportshub.racing.entity.UnknownRacingId;
import com.sportshub.racing.events.RacePricesChanged;
import com.sportshub.racing.events.TotePoolsChanged;
import com.sportshub.racing.query.PoolView;
import com.sportshub.racing.query.RunnerView;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a race's markets: fixed-odds prices (any notation in, kept as decimal with the text as
 * quoted) and tote pools. Prices are taken only while betting is open: from the off, a price is
 * refused whole. Pools keep coming until the race is final, as the tote closes them at the off and
 * sends the last totals after it.
 */
@Stateless
public class MarketIntake {

  @Inject RaceStore races;
  @Inject RunnerStore runners;
  @Inject PoolStore pools;
  @Inject RaceCards cards;
  @Inject Event<RacePricesChanged> pricesChanged;
  @Inject Event<TotePoolsChanged> poolsChanged;

  /** Applies the quotes (all or none); returns the runners whose price moved. */
  public List<RunnerView> price(String raceId, List<PriceQuote> quotes, String source) {
    Race race = races.lock(raceId).orElseThrow(() -> new UnknownRacingId("race", raceId));
    if (!RaceLifecycle.bettingOpen(race.status())) {
      throw new RacingConflict(
          "Betting closed", "race " + raceId + " is " + race.status() + ": betting closed at OFF");
    }
    if (quotes.isEmpty()) {
      throw new InvalidRacingInput("prices", "must hold at least one price");
    }
    Map<Integer, Runner> field = byCloth(runners.of(raceId));
    List<BigDecimal> decimals = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      decimals.add(decimal(quotes.get(i), field, "prices[" + i + "]."));
    }
    Instant now = Instant.now();
    List<RunnerView> moved = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      Runner runner = field.get(quotes.get(i).cloth());
      BigDecimal previous = runner.price();
      if (runner.priceAt(decimals.get(i), now)) {
        runners.remember(
            new RunnerPrice(
                raceId,
                runner.cloth(),
                decimals.get(i),
                previous,
                quotes.get(i).price(),
                now,
                source));
        moved.removeIf(view -> view.cloth() == runner.cloth());
        moved.add(RacingViews.of(runner));
      }
    }
    if (!moved.isEmpty()) {
      pricesChanged.fire(new RacePricesChanged(UUID.randomUUID(), cards.summary(race), moved, now));
    }
    return moved;
  }

  /** Replaces a pool with what the tote sent; returns the race's pools as they now stand. */
  public List<PoolView> pool(String raceId, PoolDraft draft) {
    DraftChecks.pool(draft);
    Race race = races.lock(raceId).orElseThrow(() -> new UnknownRacingId("race", raceId));
    if (RaceLifecycle.isFinal(race.status())) {
      throw new RacingConflict("Pools closed", "race " + raceId + " is " + race.status());
    }
    List<Runner> field = runners.of(raceId);
    Map<Integer, Runner> byCloth = byCloth(field);
    BigDecimal staked = BigDecimal.ZERO;
    for (Map.Entry<Integer, BigDecimal> stake : draft.stakes().entrySet()) {
      if (!byCloth.containsKey(stake.getKey())) {
        throw new InvalidRacingInput("stakes." + stake.getKey(), "is not a runner of " + raceId);
      }
      if (stake.getValue().signum() < 0) {
        throw new InvalidRacingInput("stakes." + stake.getKey(), "must not be negative");
      }
      staked = staked.add(stake.getValue());
    }
    if (draft.total().compareTo(staked) < 0) {
      throw new InvalidRacingInput("total", "is less than the stakes on the runners");
    }
    Instant now = Instant.now();
    pools.replace(raceId, draft, now);
    Meeting meeting = cards.meetingOf(race);
    List<PoolView> views = cards.pools(race, meeting, field);
    poolsChanged.fire(
        new TotePoolsChanged(
            UUID.randomUUID(), RacingViews.of(race, meeting.course()), views, now));
    return views;
  }

  private static BigDecimal decimal(PriceQuote quote, Map<Integer, Runner> field, String at) {
    Runner runner = field.get(quote.cloth());
    if (runner == null) {
      throw new InvalidRacingInput(at + "cloth", "is not a runner in the race");
    }
    if (!runner.running()) {
      throw new InvalidRacingInput(at + "cloth", "is a non-runner");
    }
    if (quote.price() == null || quote.price().isBlank()) {
      throw new InvalidRacingInput(at + "price", "is required");
    }
    if (quote.price().length() > 16) {
      throw new InvalidRacingInput(at + "price", "must be at most 16 characters");
    }
    PriceNotation notation;
    try {
      notation =
          quote.notation() == null
              ? PriceNotation.of(quote.price())
              : PriceNotation.named(quote.notation());
    } catch (IllegalArgumentException e) {
      throw new InvalidRacingInput(at + "format", "must be decimal, fractional or american");
    }
    try {
      return notation.parse(quote.price());
    } catch (IllegalArgumentException e) {
      throw new InvalidRacingInput(at + "price", e.getMessage());
    }
  }

  private static Map<Integer, Runner> byCloth(List<Runner> field) {
    return field.stream().collect(Collectors.toMap(Runner::cloth, Function.identity()));
  }
}

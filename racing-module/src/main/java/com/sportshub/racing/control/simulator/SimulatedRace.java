package com.sportshub.racing.control.simulator;

import com.sportshub.racing.commands.PlacingDraft;
import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.PriceQuote;
import com.sportshub.racing.commands.RaceDraft;
import com.sportshub.racing.commands.RunnerDraft;
import com.sportshub.racing.control.TraditionalPrices;
import com.sportshub.racing.events.RaceStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * One simulated race: its card, its timeline, and a model of the field. Each runner has a strength
 * (its chance is its share of the field's) that wanders, with a trend of its own, so that some
 * runners steam in and others drift all afternoon. Prices are the chances with a bookmaker's
 * margin, on the traditional ladder; the finishing order is drawn from the chances at the off (the
 * first from all, the second from the rest, and so on).
 */
public final class SimulatedRace {

  private static final String[] DISTANCES = {"hd", "nk", "1/2", "3/4", "1", "1 1/4", "2", "3"};
  private static final double MARGIN = 1.18;

  private final RaceDraft draft;
  private final List<RunnerDraft> runners;
  private final List<Step> steps;
  private final Random random;
  private final double[] strength;
  private final double[] trend;
  private final boolean[] out;
  private final int[] shownStep;
  private final SimulatedTote tote;
  private List<PlacingDraft> order = List.of();
  private int done;

  SimulatedRace(RaceDraft draft, List<RunnerDraft> runners, List<Step> steps, Random random) {
    this.draft = draft;
    this.runners = List.copyOf(runners);
    this.steps = List.copyOf(steps);
    this.random = random;
    int n = runners.size();
    strength = new double[n];
    trend = new double[n];
    out = new boolean[n];
    shownStep = new int[n];
    tote = new SimulatedTote(this.runners, random);
    for (int i = 0; i < n; i++) {
      strength[i] = random.nextGaussian() * 0.9;
      trend[i] = random.nextGaussian() * 0.01;
      shownStep[i] = -1;
    }
  }

  public RaceDraft draft() {
    return draft;
  }

  public List<RunnerDraft> runners() {
    return runners;
  }

  public List<Step> steps() {
    return steps;
  }

  /** The next step if it is due; {@link #advance()} once it was carried out (or given up). */
  public Optional<Step> due(Instant now) {
    return done < steps.size() && !steps.get(done).at().isAfter(now)
        ? Optional.of(steps.get(done))
        : Optional.empty();
  }

  public void advance() {
    done++;
  }

  public boolean over() {
    return done >= steps.size();
  }

  public RaceStatus status() {
    return RaceTimeline.statusAfter(steps, done);
  }

  /** Moves a runner or two; the strengths wander along their trends. */
  public void drift() {
    for (int moves = random.nextInt(3); moves > 0; moves--) {
      int i = random.nextInt(strength.length);
      strength[i] += trend[i] + random.nextGaussian() * 0.04;
    }
  }

  /** The prices that changed on the ladder since last asked (all of them when {@code all}). */
  public List<PriceQuote> prices(boolean all) {
    double[] chance = chances();
    List<PriceQuote> quotes = new ArrayList<>();
    for (int i = 0; i < chance.length; i++) {
      if (out[i]) {
        continue;
      }
      BigDecimal decimal = BigDecimal.valueOf(1 / (chance[i] * MARGIN)).max(new BigDecimal("1.01"));
      int step = TraditionalPrices.stepOf(decimal);
      if (all || step != shownStep[i]) {
        shownStep[i] = step;
        quotes.add(new PriceQuote(runners.get(i).cloth(), TraditionalPrices.at(step), null));
      }
    }
    return quotes;
  }

  /** Withdraws a runner other than the favourite; returns its cloth number. */
  public int withdrawOne() {
    double[] chance = chances();
    int favourite = 0;
    for (int i = 1; i < chance.length; i++) {
      favourite = chance[i] > chance[favourite] ? i : favourite;
    }
    int pick;
    do {
      pick = random.nextInt(chance.length);
    } while (pick == favourite || out[pick]);
    out[pick] = true;
    return runners.get(pick).cloth();
  }

  /** Draws the finishing order of the runners still in the race. */
  public List<PlacingDraft> finish() {
    List<PlacingDraft> placings = new ArrayList<>();
    for (int i : FinishingOrder.draw(chances(), random)) {
      String distance = placings.isEmpty() ? null : DISTANCES[random.nextInt(DISTANCES.length)];
      placings.add(new PlacingDraft(runners.get(i).cloth(), null, distance));
    }
    order = List.copyOf(placings);
    return order;
  }

  /** The stewards' amendment: the first two places swapped. */
  public List<PlacingDraft> amend() {
    List<PlacingDraft> amended = new ArrayList<>(order);
    if (amended.size() > 1) {
      PlacingDraft first = amended.get(0);
      amended.set(0, new PlacingDraft(amended.get(1).cloth(), null, null));
      amended.set(1, new PlacingDraft(first.cloth(), null, "hd"));
    }
    order = List.copyOf(amended);
    return order;
  }

  /** Money comes into both pools, most of it on the fancied runners. */
  public List<PoolDraft> bet() {
    return tote.bet(chances());
  }

  private double[] chances() {
    double[] chance = new double[strength.length];
    double sum = 0;
    for (int i = 0; i < strength.length; i++) {
      chance[i] = out[i] ? 0 : Math.exp(strength[i]);
      sum += chance[i];
    }
    for (int i = 0; i < chance.length; i++) {
      chance[i] /= sum;
    }
    return chance;
  }
}

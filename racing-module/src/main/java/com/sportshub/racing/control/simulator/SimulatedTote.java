package com.sportshub.racing.control.simulator;

import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.PoolType;
import com.sportshub.racing.commands.RunnerDraft;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A simulated race's tote: money comes in while betting is open, most of it on the fancied runners,
 * a place pool of about six tenths of the win pool beside it. Stakes only ever grow; a pool's total
 * is the sum of its stakes.
 */
final class SimulatedTote {

  private final List<RunnerDraft> runners;
  private final Random random;
  private final double[] win;
  private final double[] place;

  SimulatedTote(List<RunnerDraft> runners, Random random) {
    this.runners = runners;
    this.random = random;
    this.win = new double[runners.size()];
    this.place = new double[runners.size()];
  }

  /** Takes a round of bets spread by the runners' chances; returns both pools as they stand. */
  List<PoolDraft> bet(double[] chance) {
    double inflow = 500 + random.nextDouble() * 3000;
    for (int i = 0; i < chance.length; i++) {
      double share = inflow * chance[i] * (0.7 + 0.6 * random.nextDouble());
      win[i] += share;
      place[i] += share * 0.6;
    }
    return List.of(pool(PoolType.WIN, win), pool(PoolType.PLACE, place));
  }

  private PoolDraft pool(PoolType type, double[] stakes) {
    Map<Integer, BigDecimal> byCloth = new TreeMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < stakes.length; i++) {
      BigDecimal stake = BigDecimal.valueOf(stakes[i]).setScale(2, RoundingMode.DOWN);
      byCloth.put(runners.get(i).cloth(), stake);
      total = total.add(stake);
    }
    return new PoolDraft(type, total, byCloth);
  }
}

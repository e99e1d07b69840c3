package com.sportshub.racing.control;

import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.ToteConvention;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A race's tote dividends from its pools, by a meeting's convention, with a takeout for each pool.
 * Stakes on non-runners are refunded, so they leave the pool before anything is divided. A pool the
 * rules cannot divide (nothing on the winner, stakes above the total) pays nothing here rather than
 * failing the card: a feed's half-sent pool must not stop a race from being shown.
 */
public final class ToteDividends {

  private final ToteCalculator win;
  private final ToteCalculator place;

  public ToteDividends(ToteConvention convention, BigDecimal winTakeout, BigDecimal placeTakeout) {
    this.win = new ToteCalculator(convention, winTakeout);
    this.place = new ToteCalculator(convention, placeTakeout);
  }

  /** The approximate win dividend of every backed runner, by cloth, in cloth order. */
  public Map<Integer, BigDecimal> approximateWin(PoolDraft pool, Set<Integer> nonRunners) {
    PoolDraft left = withoutRefunds(pool, nonRunners);
    try {
      return win.approximateWinDividends(left.total(), new java.util.TreeMap<>(left.stakes()));
    } catch (IllegalArgumentException undividable) {
      return Map.of();
    }
  }

  /**
   * The win dividends of the runners placed first ({@code winners}: one, or those dead-heating), by
   * cloth.
   */
  public Map<Integer, BigDecimal> win(
      PoolDraft pool, List<Integer> winners, Set<Integer> nonRunners) {
    PoolDraft left = withoutRefunds(pool, nonRunners);
    Map<Integer, BigDecimal> stakes = new LinkedHashMap<>();
    winners.forEach(cloth -> stakes.put(cloth, left.stakes().getOrDefault(cloth, BigDecimal.ZERO)));
    try {
      return win.winDividends(left.total(), stakes);
    } catch (IllegalArgumentException undividable) {
      return Map.of();
    }
  }

  /**
   * The place dividends of the placed runners ({@code placed}: each finisher in the places, in
   * finishing order, with what it holds of them), by cloth.
   */
  public Map<Integer, BigDecimal> place(
      PoolDraft pool, Map<Integer, PlaceShare> placed, Set<Integer> nonRunners) {
    PoolDraft left = withoutRefunds(pool, nonRunners);
    Map<Integer, BigDecimal> stakes = new LinkedHashMap<>();
    placed
        .keySet()
        .forEach(cloth -> stakes.put(cloth, left.stakes().getOrDefault(cloth, BigDecimal.ZERO)));
    try {
      return place.placeDividends(left.total(), stakes, placed);
    } catch (IllegalArgumentException undividable) {
      return Map.of();
    }
  }

  private static PoolDraft withoutRefunds(PoolDraft pool, Set<Integer> nonRunners) {
    BigDecimal total = pool.total();
    Map<Integer, BigDecimal> stakes = new LinkedHashMap<>();
    for (Map.Entry<Integer, BigDecimal> stake : pool.stakes().entrySet()) {
      if (nonRunners.contains(stake.getKey())) {
        total = total.subtract(stake.getValue());
      } else {
        stakes.put(stake.getKey(), stake.getValue());
      }
    }
    return new PoolDraft(pool.pool(), total, stakes);
  }
}

package com.sportshub.racing.control;

import com.sportshub.racing.entity.ToteConvention;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Approximate win and place dividends from a pool's total and the stakes on each runner, with the
 * takeout and the breakage of a {@link ToteConvention}. A dividend is quoted per the convention's
 * unit stake and includes that stake.
 *
 * <p>Both pools are priced the "standard" way: the net pool is the gross pool less the takeout. A
 * win dividend is net pool / stakes on the winner. A place dividend splits the profit (net pool
 * less the stakes on all placed runners) equally between the placed runners, divides each share by
 * that runner's stake and adds the stake back (Oklahoma Admin. Code 325:65-9-1 "profit split" and
 * 325:65-9-4). AUS and UK place pools are priced the same way here: we found no rule text for their
 * place pools to check against, only Tote UK's win rules, whose 1.10 / 1.02 floors are applied to
 * its place dividends as well.
 *
 * <p>Then per convention (see {@link DividendDeclaration}): US rounds the profit per $1 down to the
 * dime and pays per $2 with a minimum payout (default $2.10, a 5% profit: California Horse Racing
 * Board rule 1960); UK rounds the dividend per £1 down to 10p, paying £1.10 when it falls above 90p
 * and below £1.10 and £1.02 at 90p or below (Tote UK totewin rules as published at
 * chisholm.uk.com/kioskrules); AUS rounds per $1 down to 5 cents (Tasmania, Gaming Control
 * Regulations 2022 reg. 6) with a minimum of $1.00 (the stake back) by default.
 *
 * <p>Dead heats, coupled entries, refunds and carried-over funds are left out: a placed runner list
 * with a tie is priced as if the places were distinct.
 */
public final class ToteCalculator {

  private final ToteConvention convention;
  private final BigDecimal takeout;
  private final DividendDeclaration declaration;

  /** A calculator with the convention's default minimum (US $2.10, AUS $1.00, UK by its rules). */
  public ToteCalculator(ToteConvention convention, BigDecimal takeout) {
    this(convention, takeout, DividendDeclaration.defaultMinimum(convention));
  }

  /**
   * A calculator with its own minimum payout per unit stake (per $2 for US).
   *
   * @param takeout the fraction of the gross pool kept by the operator, in [0, 1)
   * @throws IllegalArgumentException for UK, whose floors are fixed by the Tote's rules
   */
  public ToteCalculator(ToteConvention convention, BigDecimal takeout, BigDecimal minimumPayout) {
    this.convention = Objects.requireNonNull(convention, "convention");
    if (takeout.signum() < 0 || takeout.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("takeout lies in [0, 1): " + takeout);
    }
    this.takeout = takeout;
    this.declaration = new DividendDeclaration(convention, minimumPayout);
  }

  public ToteConvention convention() {
    return convention;
  }

  /** The dividend per unit stake if the runner carrying {@code stakeOnWinner} wins. */
  public BigDecimal winDividend(BigDecimal grossPool, BigDecimal stakeOnWinner) {
    requirePositive(stakeOnWinner, "stake on the winner");
    if (grossPool.compareTo(stakeOnWinner) < 0) {
      throw new IllegalArgumentException("the pool is smaller than the stake on one runner");
    }
    return declaration.declare(netPool(grossPool), stakeOnWinner);
  }

  /**
   * The approximate win dividend of every backed runner, in the map's order; runners with no stake
   * are left out, since no dividend can be declared for them.
   */
  public <R> Map<R, BigDecimal> approximateWinDividends(
      BigDecimal grossPool, Map<R, BigDecimal> stakesByRunner) {
    Map<R, BigDecimal> dividends = new LinkedHashMap<>();
    stakesByRunner.forEach(
        (runner, stake) -> {
          if (stake.signum() > 0) {
            dividends.put(runner, winDividend(grossPool, stake));
          }
        });
    return dividends;
  }

  /**
   * The place dividend of each placed runner. The map holds the runners that placed (its size is
   * the number of places paid) with their stakes in the place pool. A placed runner nobody backed
   * gets no dividend and no share: the profit is split between the backed ones, as Oklahoma
   * 325:65-9-4(b)(4) does for show pools.
   */
  public <R> Map<R, BigDecimal> placeDividends(
      BigDecimal grossPool, Map<R, BigDecimal> stakesOnPlacedRunners) {
    Map<R, BigDecimal> backed = new LinkedHashMap<>();
    stakesOnPlacedRunners.forEach(
        (runner, stake) -> {
          if (stake.signum() > 0) {
            backed.put(runner, stake);
          }
        });
    if (backed.isEmpty()) {
      throw new IllegalArgumentException("no placed runner was backed");
    }
    BigDecimal placedStakes = backed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (grossPool.compareTo(placedStakes) < 0) {
      throw new IllegalArgumentException("the pool is smaller than the stakes on placed runners");
    }
    BigDecimal profit = netPool(grossPool).subtract(placedStakes);
    BigDecimal places = BigDecimal.valueOf(backed.size());
    Map<R, BigDecimal> dividends = new LinkedHashMap<>();
    // share/stake + 1 = (profit + places * stake) / (places * stake): one exact division.
    backed.forEach(
        (runner, stake) -> {
          BigDecimal placesTimesStake = places.multiply(stake);
          dividends.put(
              runner, declaration.declare(profit.add(placesTimesStake), placesTimesStake));
        });
    return dividends;
  }

  private BigDecimal netPool(BigDecimal grossPool) {
    return grossPool.multiply(BigDecimal.ONE.subtract(takeout));
  }

  private static void requirePositive(BigDecimal amount, String what) {
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException(what + " must be positive: " + amount);
    }
  }

  static BigDecimal floorTo(BigDecimal numerator, BigDecimal denominator, BigDecimal step) {
    return numerator.divide(denominator.multiply(step), 0, RoundingMode.FLOOR).multiply(step);
  }
}

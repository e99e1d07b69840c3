package com.sportshub.racing.control;

import com.sportshub.racing.commands.ToteConvention;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Approximate win and place dividends from a pool's total and the stakes on each runner, with the
 * takeout and the breakage of a {@link ToteConvention}. A dividend is quoted per the convention's
 * unit stake and includes that stake.
 *
 * <p>The net pool is the gross pool less the takeout. A win dividend is net pool / stakes on the
 * winner. Place pools are divided two ways, by the convention:
 *
 * <ul>
 *   <li>UK and AUS divide the net pool into equal parts, one a place paid, and each part by the
 *       stake on the horse that filled the place (Tote UK toteplace rules; the Australian TABs'
 *       "net pool shared between the placed horses"). Net 1,230 for 3 places is 410 a place: 210,
 *       140 and 100 staked on the placed horses declare 1.90, 2.90 and 4.10.
 *   <li>US splits the profit (net pool less the stakes on all placed runners) equally between the
 *       placed runners, divides each share by that runner's stake and adds the stake back (Oklahoma
 *       Admin. Code 325:65-9-1 "profit split" and 325:65-9-4).
 * </ul>
 *
 * <p>Then per convention (see {@link DividendDeclaration}): US rounds the profit per $1 down to the
 * dime and pays per $2 with a minimum payout (default $2.10, a 5% profit: California Horse Racing
 * Board rule 1960); UK rounds the dividend per £1 down to 10p, paying £1.10 when it falls above 90p
 * and below £1.10 and £1.02 at 90p or below (Tote UK totewin rules as published at
 * chisholm.uk.com/kioskrules; applied to toteplace dividends as well); AUS rounds per $1 down to 5
 * cents (Tasmania, Gaming Control Regulations 2022 reg. 6) with a minimum of $1.00 (the stake back)
 * by default.
 *
 * <p>Dead heats divide a place's part between the horses sharing it ({@link PlaceShare}). Coupled
 * entries, refunds and carried-over funds are left out.
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
    return declaration.declare(netPool(grossPool), stakeOnWinner, false);
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
   * the number of places paid) with their stakes in the place pool.
   */
  public <R> Map<R, BigDecimal> placeDividends(
      BigDecimal grossPool, Map<R, BigDecimal> stakesOnPlacedRunners) {
    Map<R, PlaceShare> whole = new LinkedHashMap<>();
    stakesOnPlacedRunners.keySet().forEach(runner -> whole.put(runner, PlaceShare.WHOLE));
    return divide(grossPool, stakesOnPlacedRunners, whole, false);
  }

  /**
   * The place dividends of the placed runners when some dead-heated: each holds its {@link
   * PlaceShare} of a place, so two dead-heating for the last place paid split that place's part
   * (US: its part of the profit) between their backers. Wisconsin Admin. Code Game 9.04(1)-(2) and
   * California Horse Racing Board rule 1972 divide US place pools so. The TABs' published
   * illustrations share the net pool between horses dead-heating for a place likewise; for Tote UK
   * we found no place dead-heat text and apply the same division (its totewin rules divide a win
   * pool between dead-heaters in equal parts).
   */
  public <R> Map<R, BigDecimal> placeDividends(
      BigDecimal grossPool, Map<R, BigDecimal> stakes, Map<R, PlaceShare> shares) {
    return divide(grossPool, stakes, shares, false);
  }

  /**
   * The win dividends of the runners first past the post: one, or several in a dead heat. The net
   * win pool is divided into as many equal parts as there are horses dead-heating and each part by
   * the stake on its horse (US: the profit, Ohio Admin. Code 3769-13-16). A Tote UK dead heat for
   * first declares 60p where the calculated dividend is 60p or below (totewin rule (iii)).
   */
  public <R> Map<R, BigDecimal> winDividends(BigDecimal grossPool, Map<R, BigDecimal> stakes) {
    Map<R, PlaceShare> shares = new LinkedHashMap<>();
    stakes.keySet().forEach(runner -> shares.put(runner, new PlaceShare(1, stakes.size())));
    return divide(grossPool, stakes, shares, stakes.size() > 1);
  }

  /**
   * Divides a pool between the runners holding its places. A runner nobody backed gets no dividend
   * and no share: the pool is divided between the backed ones, as Oklahoma 325:65-9-4(b)(4) does
   * for US show pools and Ohio 3769-13-16 for US dead heats, and the Australian TABs' rules ("share
   * the net pool amongst the placed horses backed") for theirs; Tote UK's are taken to do the same.
   */
  private <R> Map<R, BigDecimal> divide(
      BigDecimal grossPool,
      Map<R, BigDecimal> stakes,
      Map<R, PlaceShare> shares,
      boolean deadHeatForWin) {
    Map<R, BigDecimal> backed = new LinkedHashMap<>();
    stakes.forEach(
        (runner, stake) -> {
          if (stake.signum() > 0 && shares.get(runner).paid()) {
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
    // A runner's part of the pool is its weight over the backed runners' total weight, where a
    // weight is its share places/sharing taken to a common denominator: whole numbers, so that
    // every dividend stays one exact division.
    long common =
        backed.keySet().stream()
            .mapToLong(r -> shares.get(r).sharing())
            .reduce(1, ToteCalculator::lcm);
    Map<R, BigDecimal> weights = new LinkedHashMap<>();
    backed
        .keySet()
        .forEach(
            r -> {
              PlaceShare share = shares.get(r);
              weights.put(r, BigDecimal.valueOf(share.places() * common / share.sharing()));
            });
    BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal net = netPool(grossPool);
    BigDecimal profit = net.subtract(placedStakes);
    Map<R, BigDecimal> dividends = new LinkedHashMap<>();
    backed.forEach(
        (runner, stake) -> {
          BigDecimal weight = weights.get(runner);
          BigDecimal totalTimesStake = total.multiply(stake);
          // UK/AUS part/stake = net * weight / (total * stake);
          // US share/stake + 1 = (profit * weight + total * stake) / (total * stake).
          BigDecimal numerator =
              splitsProfit() ? profit.multiply(weight).add(totalTimesStake) : net.multiply(weight);
          dividends.put(runner, declaration.declare(numerator, totalTimesStake, deadHeatForWin));
        });
    return dividends;
  }

  private static long lcm(long a, long b) {
    return a / BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValue() * b;
  }

  /** Whether place pools return the stakes first and split the profit (the US way). */
  private boolean splitsProfit() {
    return convention == ToteConvention.US;
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

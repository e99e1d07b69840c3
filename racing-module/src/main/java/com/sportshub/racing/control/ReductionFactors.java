package com.sportshub.racing.control;

import com.sportshub.racing.entity.ExchangeReduction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exchange-style reduction factors (the Betfair non-runner rule). Every runner carries a reduction
 * factor, a percentage standing for its chance of winning; when runners are withdrawn, the factors
 * of the removed ones are added up and every matched price on the others is cut by that percentage.
 * Betfair's rule 13.7 as quoted on its developer forum (forum.developer.betfair.com, thread 3127):
 * "if the non-runner's final reduction factor is 25% the traded price ... will be reduced by 25% -
 * traded price of 8.0 would become 6.0".
 *
 * <p>Our reading of the factor: the implied probability 1/price of each runner, divided by the sum
 * over the field so that the margin is taken out, as a percentage to two places. Betfair derives it
 * from its own model of the traded prices; this is the closest public equivalent. Call it with the
 * whole field as priced just before the withdrawal.
 *
 * <p>A removed runner below 2.5% reduces nothing. Betfair's rules (section 11, as quoted on
 * community.betfair.com) reduce prices in win markets "providing the relevant non-runner has a
 * reduction factor of at least 2.5%"; that passage is about lay offers kept in play, and we read it
 * as the threshold for every matched bet.
 */
public final class ReductionFactors {

  /** The factor below which a non-runner is ignored. */
  public static final BigDecimal MINOR_RUNNER = new BigDecimal("2.5");

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private ReductionFactors() {}

  /** Each runner's reduction factor in percent, in the map's order, from current decimal prices. */
  public static <R> Map<R, BigDecimal> fromPrices(Map<R, BigDecimal> decimalPriceByRunner) {
    BigDecimal book = BigDecimal.ZERO;
    for (BigDecimal price : decimalPriceByRunner.values()) {
      if (price.compareTo(BigDecimal.ONE) <= 0) {
        throw new IllegalArgumentException("a decimal price is above 1: " + price);
      }
      book = book.add(BigDecimal.ONE.divide(price, MathContext.DECIMAL64));
    }
    Map<R, BigDecimal> factors = new LinkedHashMap<>();
    for (Map.Entry<R, BigDecimal> runner : decimalPriceByRunner.entrySet()) {
      BigDecimal implied = BigDecimal.ONE.divide(runner.getValue(), MathContext.DECIMAL64);
      factors.put(runner.getKey(), implied.multiply(HUNDRED).divide(book, 2, RoundingMode.HALF_UP));
    }
    return factors;
  }

  /**
   * The reduction applied to bets matched before the withdrawal of the runners whose factors are
   * given: their sum, leaving out factors below {@link #MINOR_RUNNER}.
   */
  public static ExchangeReduction forRemoved(Collection<BigDecimal> factorsOfRemoved) {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal factor : factorsOfRemoved) {
      if (factor.compareTo(MINOR_RUNNER) >= 0) {
        total = total.add(factor);
      }
    }
    return total.signum() == 0 ? ExchangeReduction.NONE : new ExchangeReduction(total);
  }
}

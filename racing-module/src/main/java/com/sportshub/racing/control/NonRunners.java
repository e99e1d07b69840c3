package com.sportshub.racing.control;

import com.sportshub.racing.entity.ExchangeReduction;
import com.sportshub.racing.entity.RaceDeductions;
import com.sportshub.racing.entity.RuleFourDeduction;
import com.sportshub.racing.entity.WithdrawalTerms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The terms of withdrawals. A withdrawn runner's Rule 4 deduction comes from its price at the time
 * ({@link RuleFour}); its reduction factor from its share of the field as priced just before
 * ({@link ReductionFactors}), over the runners that had a price. An unpriced runner deducts
 * nothing: no bet was struck against it.
 *
 * <p>For the race as a whole the deductions of all non-runners are summed, Rule 4 capped at 90p and
 * the reduction at 100%. That is exact for a bet struck before every withdrawal; a bet struck
 * between two withdrawals carries only the later ones, which a settlement system works out from the
 * times kept with each.
 */
public final class NonRunners {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private NonRunners() {}

  /**
   * The terms for withdrawing {@code cloth}, given the current prices of the runners still in the
   * race (it among them; runners without a price left out or mapped to null).
   */
  public static WithdrawalTerms terms(int cloth, Map<Integer, BigDecimal> priceByRunner) {
    BigDecimal price = priceByRunner.get(cloth);
    if (price == null) {
      return new WithdrawalTerms(null, RuleFourDeduction.NONE, BigDecimal.ZERO);
    }
    Map<Integer, BigDecimal> priced = new java.util.LinkedHashMap<>();
    priceByRunner.forEach(
        (runner, decimal) -> {
          if (decimal != null) {
            priced.put(runner, decimal);
          }
        });
    BigDecimal factor = ReductionFactors.fromPrices(priced).get(cloth);
    return new WithdrawalTerms(price, RuleFour.deductionFor(price), factor);
  }

  /** What the withdrawals together deduct. */
  public static RaceDeductions together(Collection<WithdrawalTerms> withdrawals) {
    List<BigDecimal> prices = new ArrayList<>();
    List<BigDecimal> factors = new ArrayList<>();
    for (WithdrawalTerms terms : withdrawals) {
      if (terms.price() != null) {
        prices.add(terms.price());
        factors.add(terms.factor());
      }
    }
    if (prices.isEmpty()) {
      return RaceDeductions.NONE;
    }
    ExchangeReduction reduction = ReductionFactors.forRemoved(capped(factors));
    return new RaceDeductions(RuleFour.combinedDeduction(prices), reduction);
  }

  /** The factors, the last one cut so that they never sum above 100%. */
  private static List<BigDecimal> capped(List<BigDecimal> factors) {
    List<BigDecimal> kept = new ArrayList<>();
    BigDecimal room = HUNDRED;
    for (BigDecimal factor : factors) {
      BigDecimal taken = factor.min(room);
      kept.add(taken);
      room = room.subtract(taken);
    }
    return kept;
  }
}

package com.sportshub.racing.control;

import com.sportshub.racing.entity.WithdrawalTerms;
import java.math.BigDecimal;

/** Withdrawals as the tests need them. */
final class NonRunnersFixture {

  private NonRunnersFixture() {}

  static WithdrawalTerms withdrawn(String price, String factor) {
    BigDecimal decimal = new BigDecimal(price);
    return new WithdrawalTerms(decimal, RuleFour.deductionFor(decimal), new BigDecimal(factor));
  }
}

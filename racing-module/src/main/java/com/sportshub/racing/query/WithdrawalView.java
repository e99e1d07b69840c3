package com.sportshub.racing.query;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The terms of a runner's withdrawal: when, its decimal price then (null if it was never priced),
 * the Rule 4 deduction it causes on its own as a fraction of winnings (0.25 is 25p in the pound)
 * and its exchange reduction factor in percent.
 */
public record WithdrawalView(
    Instant at, BigDecimal price, BigDecimal ruleFour, BigDecimal reductionFactor) {}

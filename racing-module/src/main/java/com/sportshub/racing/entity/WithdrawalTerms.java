package com.sportshub.racing.entity;

import java.math.BigDecimal;

/**
 * What one runner's withdrawal costs winning bets struck before it: its price then (null if it was
 * never priced), its own Rule 4 deduction and its exchange reduction factor in percent (0 when
 * unpriced).
 */
public record WithdrawalTerms(BigDecimal price, RuleFourDeduction ruleFour, BigDecimal factor) {}

package com.sportshub.racing.query;

import java.math.BigDecimal;

/**
 * What the race's non-runners take off winning bets struck before them: the Rule 4 deductions of
 * all of them summed and capped at 0.90 ({@code ruleFour}, a fraction of winnings) and the exchange
 * reduction in percent ({@code reduction}, factors under 2.5% ignored).
 */
public record DeductionsView(BigDecimal ruleFour, BigDecimal reduction) {}

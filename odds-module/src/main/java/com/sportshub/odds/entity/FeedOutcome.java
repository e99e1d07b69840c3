package com.sportshub.odds.entity;

import java.math.BigDecimal;

/**
 * One outcome of a market: a name ("Arsenal", "Draw", "Over"), a decimal price greater than 1 and,
 * for spreads and totals, the line ({@code point}, null otherwise).
 */
public record FeedOutcome(String name, BigDecimal price, BigDecimal point) {}

package com.sportshub.racing.query;

import java.math.BigDecimal;

/** A tote dividend for one runner per the convention's unit stake, stake included. */
public record DividendView(int cloth, BigDecimal dividend) {}

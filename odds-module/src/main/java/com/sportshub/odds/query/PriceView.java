package com.sportshub.odds.query;

import java.math.BigDecimal;
import java.time.Instant;

/** One bookmaker's current decimal price for one outcome, as readers outside the context see it. */
public record PriceView(
    String eventId,
    String sportKey,
    String market,
    String outcome,
    String bookmaker,
    BigDecimal price,
    Instant updatedAt) {}

package com.sportshub.odds.query;

import java.math.BigDecimal;
import java.time.Instant;

/** A price as it was set: the bookmaker's time, when the hub recorded it, and from which feed. */
public record HistoryEntry(
    String market,
    BigDecimal point,
    String outcome,
    String bookmaker,
    BigDecimal price,
    Instant lastUpdate,
    Instant recordedAt,
    String source) {}

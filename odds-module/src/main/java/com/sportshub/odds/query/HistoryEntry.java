package com.sportshub.odds.query;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A price as it was set: the price it replaced ({@code previous}, null when it was new), the
 * bookmaker's time, when the hub recorded it, and from which feed.
 */
public record HistoryEntry(
    String market,
    BigDecimal point,
    String outcome,
    String bookmaker,
    BigDecimal price,
    BigDecimal previous,
    Instant lastUpdate,
    Instant recordedAt,
    String source) {}

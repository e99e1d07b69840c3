package com.sportshub.racing.query;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A runner's price as it was set: the decimal price, the one it replaced, the text as quoted, when
 * the hub took it and from which feed.
 */
public record PricePoint(
    BigDecimal price, BigDecimal previous, String quoted, Instant recordedAt, String source) {}

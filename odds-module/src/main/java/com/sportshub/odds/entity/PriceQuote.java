package com.sportshub.odds.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One bookmaker's decimal price for one outcome, as a feed reports it and as readers see it.
 *
 * @param decimal the decimal (European) price, greater than 1
 */
public record PriceQuote(
    String eventId,
    String sportKey,
    String market,
    String outcome,
    String bookmaker,
    BigDecimal decimal,
    Instant updatedAt) {

  public PriceQuote {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(sportKey, "sportKey");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(bookmaker, "bookmaker");
    Objects.requireNonNull(decimal, "decimal");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (decimal.compareTo(BigDecimal.ONE) <= 0) {
      throw new IllegalArgumentException("decimal price must be greater than 1, was " + decimal);
    }
  }
}

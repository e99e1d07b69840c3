package com.sportshub.odds.control.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One bookmaker's decimal price for one outcome from {@code at} on: a row of a price history. */
public record PricePoint(String bookmaker, Instant at, BigDecimal decimal) {

  public PricePoint {
    Objects.requireNonNull(bookmaker, "bookmaker");
    Objects.requireNonNull(at, "at");
    DecimalOdds.requireValid(decimal);
  }
}

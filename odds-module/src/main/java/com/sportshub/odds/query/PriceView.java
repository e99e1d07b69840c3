package com.sportshub.odds.query;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One bookmaker's current decimal price for one outcome; {@code point} is the line of a spread or
 * total (null for head to head), {@code lastUpdate} the bookmaker's own time of the price. In a
 * change, {@code previous} is the price it replaced (null when new, and in snapshots).
 */
public record PriceView(
    String market,
    BigDecimal point,
    String outcome,
    String bookmaker,
    BigDecimal price,
    BigDecimal previous,
    Instant lastUpdate) {

  /** Identifies the price within its event: market, outcome and bookmaker. */
  public String key() {
    return market + "/" + outcome + "/" + bookmaker;
  }
}

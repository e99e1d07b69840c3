package com.sportshub.web;

import com.sportshub.odds.entity.PriceQuote;
import java.math.BigDecimal;
import java.time.Instant;

/** The body of {@code POST /api/odds/prices}: one bookmaker's decimal price for one outcome. */
public record PriceWrite(
    String eventId,
    String sportKey,
    String market,
    String outcome,
    String bookmaker,
    BigDecimal price) {

  /** The quote to record; refuses missing or overlong fields and prices of 1 or less. */
  PriceQuote toQuote(Instant receivedAt) {
    require(eventId, "eventId", 64);
    require(sportKey, "sportKey", 64);
    require(market, "market", 32);
    require(outcome, "outcome", 128);
    require(bookmaker, "bookmaker", 64);
    if (price == null || price.compareTo(BigDecimal.ONE) <= 0) {
      throw new InvalidInput("price", "must be a decimal price greater than 1");
    }
    return new PriceQuote(eventId, sportKey, market, outcome, bookmaker, price, receivedAt);
  }

  private static void require(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, "is required");
    }
    if (value.length() > maxLength) {
      throw new InvalidInput(field, "is longer than " + maxLength + " characters");
    }
  }
}

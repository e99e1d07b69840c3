package com.sportshub.odds.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The markets the hub understands, by their key in The Odds API: head to head (with a draw where
 * the sport has one), handicap spreads and over/under totals. Spreads and totals carry a line.
 */
public enum MarketType {
  H2H("h2h", false),
  SPREADS("spreads", true),
  TOTALS("totals", true);

  private final String key;
  private final boolean hasLine;

  MarketType(String key, boolean hasLine) {
    this.key = key;
    this.hasLine = hasLine;
  }

  public String key() {
    return key;
  }

  /** True when each outcome carries a {@code point}: the handicap or the total. */
  public boolean hasLine() {
    return hasLine;
  }

  public static Optional<MarketType> ofKey(String key) {
    return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
  }
}

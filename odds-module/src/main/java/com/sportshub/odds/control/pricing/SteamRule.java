package com.sportshub.odds.control.pricing;

import java.time.Duration;
import java.util.Objects;

/**
 * When price moves count as steam: the implied probability of an outcome moves by at least {@code
 * minMovePoints} percentage points (3.0 = 0.03 of probability) within {@code window}, in the same
 * direction, at {@code minBookmakers} or more bookmakers.
 */
public record SteamRule(double minMovePoints, Duration window, int minBookmakers) {

  public SteamRule {
    Objects.requireNonNull(window, "window");
    if (!(minMovePoints > 0) || Double.isInfinite(minMovePoints)) {
      throw new IllegalArgumentException(
          "minMovePoints must be a positive number, was " + minMovePoints);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    if (minBookmakers < 1) {
      throw new IllegalArgumentException("minBookmakers must be at least 1, was " + minBookmakers);
    }
  }
}

package com.sportshub.odds.control.feed;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The usage quota as The Odds API v4 reports it on each response: credits left, used so far, and
 * what the last request cost (headers {@code x-requests-remaining}, {@code x-requests-used}, {@code
 * x-requests-last}). Each is empty when the server did not send it.
 */
public record RateLimit(OptionalInt remaining, OptionalInt used, OptionalInt last) {

  public static final String REMAINING = "x-requests-remaining";
  public static final String USED = "x-requests-used";
  public static final String LAST = "x-requests-last";

  public static RateLimit unknown() {
    return new RateLimit(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
  }

  /** Reads the three headers through {@code header}, which answers a header's first value. */
  public static RateLimit fromHeaders(Function<String, Optional<String>> header) {
    return new RateLimit(
        count(header.apply(REMAINING)), count(header.apply(USED)), count(header.apply(LAST)));
  }

  /** True when the server said no credits are left. */
  public boolean exhausted() {
    return remaining.isPresent() && remaining.getAsInt() <= 0;
  }

  // Usage is counted in credits that some servers print as "12.0"; whole credits are what matter.
  private static OptionalInt count(Optional<String> value) {
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      double credits = Double.parseDouble(value.get().trim());
      if (Double.isNaN(credits) || Double.isInfinite(credits)) {
        return OptionalInt.empty();
      }
      return OptionalInt.of(
          (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, credits)));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}

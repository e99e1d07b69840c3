package com.sportshub.odds.control.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Header names from The Odds API v4 docs: https://the-odds-api.com/liveapi/guides/v4/ */
class RateLimitTest {

  private static RateLimit of(Map<String, String> headers) {
    return RateLimit.fromHeaders(name -> Optional.ofNullable(headers.get(name)));
  }

  @Test
  void readsTheThreeUsageHeaders() {
    RateLimit limit =
        of(Map.of("x-requests-remaining", "498", "x-requests-used", "2", "x-requests-last", "1"));

    assertEquals(new RateLimit(OptionalInt.of(498), OptionalInt.of(2), OptionalInt.of(1)), limit);
  }

  @Test
  void readsCreditsWrittenWithADecimalPointAsWholeCredits() {
    assertEquals(OptionalInt.of(12), of(Map.of("x-requests-remaining", "12.0")).remaining());
  }

  @Test
  void leavesMissingOrUnreadableHeadersEmpty() {
    RateLimit limit = of(Map.of("x-requests-used", "many"));

    assertEquals(RateLimit.unknown(), limit);
  }

  @Test
  void isExhaustedOnlyWhenTheServerSaysNothingIsLeft() {
    assertTrue(of(Map.of("x-requests-remaining", "0")).exhausted());
    assertFalse(of(Map.of("x-requests-remaining", "1")).exhausted());
    assertFalse(RateLimit.unknown().exhausted());
  }
}

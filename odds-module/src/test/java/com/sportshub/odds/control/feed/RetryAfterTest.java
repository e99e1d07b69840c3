package com.sportshub.odds.control.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Both forms of Retry-After, from RFC 9110 section 10.2.3 (whose examples are used here). */
class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2015-10-21T07:27:00Z");

  @Test
  void readsSecondsAsTheWait() {
    // RFC 9110 example: "Retry-After: 120" is two minutes.
    assertEquals(Optional.of(Duration.ofMinutes(2)), RetryAfter.parse("120", NOW));
  }

  @Test
  void readsAnHttpDateAsTheWaitFromNow() {
    // RFC 9110 example date, 07:28:00 GMT; worked by hand: one minute after NOW (07:27:00).
    assertEquals(
        Optional.of(Duration.ofSeconds(60)),
        RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW));
  }

  @Test
  void readsADateAlreadyPastAsNoWait() {
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW));
  }

  @Test
  void ignoresAValueItCannotRead() {
    assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("-5", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse(" ", NOW));
  }
}

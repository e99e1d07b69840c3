package com.sportshub.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final Backoff TEN_SECONDS_UP_TO_A_MINUTE =
      new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1), 0.2);

  @Test
  void doublesFromTheIntervalForEachFailureInARowUpToTheCap() {
    assertEquals(Duration.ofSeconds(10), TEN_SECONDS_UP_TO_A_MINUTE.after(1));
    assertEquals(Duration.ofSeconds(20), TEN_SECONDS_UP_TO_A_MINUTE.after(2));
    assertEquals(Duration.ofSeconds(40), TEN_SECONDS_UP_TO_A_MINUTE.after(3));
    assertEquals(Duration.ofMinutes(1), TEN_SECONDS_UP_TO_A_MINUTE.after(4));
    assertEquals(Duration.ofMinutes(1), TEN_SECONDS_UP_TO_A_MINUTE.after(40));
  }

  @Test
  void neverCapsBelowTheInterval() {
    Backoff backoff = new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(1), 0);

    assertEquals(Duration.ofMinutes(5), backoff.after(3));
  }

  @Test
  void jitterShortensTheWaitByAtMostItsFraction() {
    RandomGenerator always = () -> -1L; // every bit set: nextDouble() just under 1

    Duration shortest = TEN_SECONDS_UP_TO_A_MINUTE.after(2, always);

    assertEquals(16_000, shortest.toMillis(), 1);
  }

  @Test
  void refusesAnIntervalThatIsNotPositiveAndJitterOutsideZeroToOne() {
    assertThrows(
        IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ZERO, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(1), Duration.ZERO, 1));
  }
}

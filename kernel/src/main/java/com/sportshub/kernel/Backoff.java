package com.sportshub.kernel;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long a failing feed waits before it tries again: the interval after the first failure,
 * doubled for each further failure in a row, capped at {@code maxBackoff} (never shorter than the
 * interval), and shortened at random by up to the {@code jitter} fraction, so that feeds failing
 * together do not retry together. Pure: the caller counts the failures.
 */
public record Backoff(Duration interval, Duration maxBackoff, double jitter) {

  public Backoff {
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive");
    }
    if (maxBackoff == null) {
      throw new NullPointerException("maxBackoff");
    }
    if (!(jitter >= 0 && jitter < 1)) {
      throw new IllegalArgumentException("jitter must be in [0, 1)");
    }
  }

  /** The longest wait: the cap, or the interval if that is longer. */
  public Duration cap() {
    return maxBackoff.compareTo(interval) > 0 ? maxBackoff : interval;
  }

  /** The wait after the n-th failure in a row, without jitter: interval * 2^(n-1), capped. */
  public Duration after(int failures) {
    Duration cap = cap();
    Duration wait = interval;
    for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(cap) > 0 ? cap : wait;
  }

  /** The wait after the n-th failure in a row, shortened by a random part of the jitter. */
  public Duration after(int failures, RandomGenerator random) {
    double shortenBy = jitter * random.nextDouble();
    return Duration.ofMillis(Math.round(after(failures).toMillis() * (1 - shortenBy)));
  }
}

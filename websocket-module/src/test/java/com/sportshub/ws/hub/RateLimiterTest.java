package com.sportshub.ws.hub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void allowsABurstThenRefuses() {
    RateLimiter limiter = new RateLimiter(10, 3, 0);

    assertTrue(limiter.tryAcquire(0));
    assertTrue(limiter.tryAcquire(0));
    assertTrue(limiter.tryAcquire(0));
    assertFalse(limiter.tryAcquire(0));
  }

  @Test
  void refillsAtTheConfiguredRate() {
    RateLimiter limiter = new RateLimiter(10, 1, 0);
    assertTrue(limiter.tryAcquire(0));
    assertFalse(limiter.tryAcquire(SECOND / 20));

    assertTrue(limiter.tryAcquire(SECOND / 10));
  }

  @Test
  void neverHoldsMoreThanTheBurst() {
    RateLimiter limiter = new RateLimiter(10, 2, 0);

    long later = 60 * SECOND;
    assertTrue(limiter.tryAcquire(later));
    assertTrue(limiter.tryAcquire(later));
    assertFalse(limiter.tryAcquire(later));
  }
}

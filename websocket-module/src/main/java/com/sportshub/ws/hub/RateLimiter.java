package com.sportshub.ws.hub;

/**
 * A token bucket: {@code burst} messages at once, refilled at {@code perSecond}. Not thread-safe;
 * each connection's messages arrive one at a time.
 */
public final class RateLimiter {

  private final double perNano;
  private final double burst;
  private double tokens;
  private long lastNanos;

  public RateLimiter(double perSecond, int burst, long nowNanos) {
    this.perNano = perSecond / 1_000_000_000d;
    this.burst = burst;
    this.tokens = burst;
    this.lastNanos = nowNanos;
  }

  /** Takes one token if there is one. */
  public boolean tryAcquire(long nowNanos) {
    tokens = Math.min(burst, tokens + (nowNanos - lastNanos) * perNano);
    lastNanos = nowNanos;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }
}

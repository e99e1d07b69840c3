package com.sportshub.ws.endpoint;

import java.util.concurrent.TimeUnit;

/**
 * One client's heartbeat: when it is pinged next, and whether its silence has lasted long enough to
 * close it. A client is pinged once per period and closed once it has said nothing (not even a
 * pong) for two periods.
 *
 * <p>Pings go out on a sweep of every client, so a ping falls due at a point of time but leaves at
 * the next sweep: the sweep must be short beside the period, or a client that answers every ping
 * can still be silent for two periods between its pings. {@link #sweepNanos} keeps it to at most a
 * quarter of the period.
 */
final class Heartbeat {

  private static final long LONGEST_SWEEP_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final long periodNanos;
  private long nextPingNanos;

  /**
   * @param firstPingNanos how far into its first period the client's first ping falls (spread at
   *     random, so that clients connected together are not all pinged together)
   */
  Heartbeat(long periodNanos, long connectedNanos, long firstPingNanos) {
    if (periodNanos <= 0 || firstPingNanos < 0 || firstPingNanos >= periodNanos) {
      throw new IllegalArgumentException("a first ping within a positive period");
    }
    this.periodNanos = periodNanos;
    this.nextPingNanos = connectedNanos + firstPingNanos;
  }

  /** How often every client is looked at: a second, or a quarter of a shorter period. */
  static long sweepNanos(long periodNanos) {
    return Math.max(1, Math.min(LONGEST_SWEEP_NANOS, periodNanos / 4));
  }

  /** True when a ping is due; the next one then falls a period later. */
  boolean pingDue(long nowNanos) {
    if (nowNanos - nextPingNanos < 0) {
      return false;
    }
    nextPingNanos = nowNanos + periodNanos;
    return true;
  }

  boolean tooLongSilent(long silentNanos) {
    return silentNanos > 2 * periodNanos;
  }
}

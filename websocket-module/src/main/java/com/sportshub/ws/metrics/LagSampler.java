package com.sportshub.ws.metrics;

import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Samples the delivery lag: the time from an update's publication (the {@code ts} its frame
 * carries, in epoch milliseconds) to the moment this node has handed it to its members'
 * connections.
 *
 * <p>At most one update per {@link #INTERVAL_NANOS} is sampled (100 a second), whatever the rate:
 * the histogram behind it takes a lock per sample, which at 50,000 updates a second would cost more
 * than the delivery. The first update after a quiet spell is always sampled. {@link #due} is called
 * on the broker's one delivery lane; {@link #record} on the fan-out lanes.
 */
public final class LagSampler {

  static final long INTERVAL_NANOS = 10_000_000L;
  private static final String TS = ",\"ts\":";

  private final LongConsumer histogram;
  private final LongSupplier clockMillis;
  private long lastSampleNanos;
  private boolean sampledBefore;

  /**
   * @param histogram takes each sample in milliseconds
   */
  public LagSampler(LongConsumer histogram, LongSupplier clockMillis) {
    this.histogram = histogram;
    this.clockMillis = clockMillis;
  }

  /** Records nothing; for unit tests. */
  public static LagSampler discard() {
    return new LagSampler(lag -> {}, () -> 0);
  }

  /** Whether the update being delivered now is to be sampled. Called on one thread only. */
  public boolean due(long nowNanos) {
    if (sampledBefore && nowNanos - lastSampleNanos < INTERVAL_NANOS) {
      return false;
    }
    sampledBefore = true;
    lastSampleNanos = nowNanos;
    return true;
  }

  /** Records the lag of an update frame that was just handed to its members. */
  public void record(String frame) {
    long ts = publishedAt(frame);
    if (ts > 0) {
      histogram.accept(Math.max(0, clockMillis.getAsLong() - ts));
    }
  }

  /** The {@code ts} of an update frame (the broker writes it after the data), or 0 without one. */
  static long publishedAt(String frame) {
    int at = frame.lastIndexOf(TS);
    if (at < 0) {
      return 0;
    }
    long ts = 0;
    for (int i = at + TS.length(); i < frame.length(); i++) {
      char c = frame.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      ts = ts * 10 + (c - '0');
    }
    return ts;
  }
}

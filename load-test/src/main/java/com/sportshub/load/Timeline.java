package com.sportshub.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Each second of a run, by when its updates were due: the slowest delivery and how many took over
 * 100 ms. A p99 can come from a steady queue or from one stall of the whole hub; the percentiles
 * cannot tell these apart, the seconds can, and their wall-clock times let a server's GC log or
 * database log be read beside them.
 */
final class Timeline {

  static final long LATE_MICROS = 100_000;
  private static final int SECONDS = 3_600;

  private final AtomicLongArray maxMicros = new AtomicLongArray(SECONDS);
  private final AtomicLongArray late = new AtomicLongArray(SECONDS);
  private volatile long startNanos = Long.MAX_VALUE;
  private volatile Instant startWall;

  /** Second 0 starts now; updates due earlier (warm-up, set-up) are not counted. */
  void start(long nanos, Instant wall) {
    startWall = wall;
    startNanos = nanos;
  }

  void record(long dueNanos, long micros) {
    long second = (dueNanos - startNanos) / 1_000_000_000L;
    if (dueNanos < startNanos || second >= SECONDS) {
      return;
    }
    maxMicros.accumulateAndGet((int) second, micros, Math::max);
    if (micros > LATE_MICROS) {
      late.incrementAndGet((int) second);
    }
  }

  /** A second of the run: when it began, its slowest delivery, how many were over 100 ms. */
  record Second(int index, Instant began, long maxMicros, long late) {}

  /** The {@code count} seconds with the slowest deliveries, slowest first. */
  List<Second> slowest(int count) {
    List<Second> all = new ArrayList<>();
    for (int s = 0; s < SECONDS; s++) {
      if (maxMicros.get(s) > 0) {
        all.add(new Second(s, startWall.plusSeconds(s), maxMicros.get(s), late.get(s)));
      }
    }
    all.sort(Comparator.comparingLong(Second::maxMicros).reversed());
    return all.subList(0, Math.min(count, all.size()));
  }

  /** How many seconds had at least one delivery over 100 ms, of how many that had any. */
  record LateSeconds(long late, long of) {}

  LateSeconds lateSeconds() {
    long lateSeconds = 0;
    long seconds = 0;
    for (int s = 0; s < SECONDS; s++) {
      seconds += maxMicros.get(s) > 0 ? 1 : 0;
      lateSeconds += late.get(s) > 0 ? 1 : 0;
    }
    return new LateSeconds(lateSeconds, seconds);
  }
}

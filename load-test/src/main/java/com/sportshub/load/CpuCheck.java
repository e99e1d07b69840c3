package com.sportshub.load;

/**
 * A fixed piece of integer work, timed: how fast this machine's CPU is right now. On a shared or
 * virtual machine the same build and load point can differ several times over between hours; a
 * reading before and after a run says whether the machine itself changed in between, so two runs
 * are compared only when their readings agree.
 */
final class CpuCheck {

  static final long ROUNDS = 200_000_000L;

  private CpuCheck() {}

  /**
   * The best of {@code tries} timings of the work, in milliseconds (the first ones warm the JIT).
   */
  static double bestMillis(int tries) {
    long best = Long.MAX_VALUE;
    long sink = 0;
    for (int i = 0; i < tries; i++) {
      long start = System.nanoTime();
      sink += work(ROUNDS, i + 1);
      best = Math.min(best, System.nanoTime() - start);
    }
    if (sink == 42) {
      System.out.print(""); // keeps the JIT from dropping the work as unused
    }
    return best / 1e6;
  }

  /** A xorshift sequence: each step depends on the last, so it cannot be vectorised or skipped. */
  static long work(long rounds, long seed) {
    long x = seed;
    for (long i = 0; i < rounds; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
    }
    return x;
  }
}

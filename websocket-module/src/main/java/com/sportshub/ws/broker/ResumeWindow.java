package com.sportshub.ws.broker;

import java.time.Duration;

/**
 * How much of each channel's recent history the broker keeps for clients that resume with {@code
 * since}: at least the last {@code updates}, and everything younger than {@code age}, but never
 * more than {@code ceiling} (so one hot channel cannot take all the memory).
 */
public record ResumeWindow(int updates, Duration age, int ceiling) {

  public static final ResumeWindow DEFAULT = new ResumeWindow(1_000, Duration.ofMinutes(5), 20_000);

  public ResumeWindow {
    if (updates < 1 || ceiling < updates || age.isNegative()) {
      throw new IllegalArgumentException("resume window " + updates + "/" + age + "/" + ceiling);
    }
  }

  /** Whether the oldest of {@code held} updates, published at {@code oldestTs}, may go. */
  boolean mayDropOldest(int held, long oldestTs, long nowMillis) {
    return held > ceiling || (held > updates && oldestTs < nowMillis - age.toMillis());
  }
}

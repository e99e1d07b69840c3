package com.sportshub.odds.control.feed;

import com.sportshub.kernel.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How a feed is paced: the normal {@code interval}; the longest backoff after failures ({@code
 * maxBackoff}, never shorter than the interval); the {@code jitter} fraction by which a backoff is
 * shortened at random so that feeds failing together do not retry together; and {@code quotaReset},
 * which answers, for the moment the quota ran out, when it is worth polling again.
 */
public record PollPolicy(
    Duration interval, Duration maxBackoff, double jitter, UnaryOperator<Instant> quotaReset) {

  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(10);
  public static final double DEFAULT_JITTER = 0.2;

  /**
   * The Odds API renews a plan's quota on the subscription's own monthly date, which the API does
   * not report; so by default an exhausted feed looks again after this pause, at the price of one
   * refused request per pause, and resumes at most that long after the renewal.
   */
  public static final Duration DEFAULT_QUOTA_PAUSE = Duration.ofHours(1);

  public PollPolicy {
    new Backoff(interval, maxBackoff, jitter); // checks them
    Objects.requireNonNull(quotaReset, "quotaReset");
  }

  /** The defaults around an interval: 10 minute backoff cap, 20 % jitter, hourly quota check. */
  public static PollPolicy of(Duration interval) {
    return new PollPolicy(
        interval, DEFAULT_MAX_BACKOFF, DEFAULT_JITTER, pauseOf(DEFAULT_QUOTA_PAUSE));
  }

  public PollPolicy withQuotaReset(UnaryOperator<Instant> reset) {
    return new PollPolicy(interval, maxBackoff, jitter, reset);
  }

  /** Look again a fixed time after the quota ran out. */
  public static UnaryOperator<Instant> pauseOf(Duration pause) {
    Objects.requireNonNull(pause, "pause");
    return exhaustedAt -> exhaustedAt.plus(pause);
  }

  /** Look again at midnight UTC starting the next calendar month, for plans renewed that way. */
  public static UnaryOperator<Instant> firstOfNextMonthUtc() {
    return exhaustedAt ->
        LocalDate.ofInstant(exhaustedAt, ZoneOffset.UTC)
            .withDayOfMonth(1)
            .plusMonths(1)
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC);
  }

  /** The wait after failures: the kernel's back-off with this policy's interval, cap and jitter. */
  public Backoff backoff() {
    return new Backoff(interval, maxBackoff, jitter);
  }
}

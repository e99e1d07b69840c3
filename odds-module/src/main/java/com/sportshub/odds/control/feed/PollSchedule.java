package com.sportshub.odds.control.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * Decides when one feed (one sport) is polled next, from what its polls answered. Pure: the caller
 * passes the time in.
 *
 * <ul>
 *   <li>Success: the next poll after the interval, failures forgotten.
 *   <li>429: after the server's {@code Retry-After} when it sent one, else as a failure.
 *   <li>5xx, other unexpected statuses, no answer: exponential backoff starting at the interval,
 *       doubling per consecutive failure, capped, and shortened by up to the jitter fraction.
 *   <li>Quota spent (reported as 0 left on a success, or a 401/403 saying so, which is how The Odds
 *       API refuses a key out of credits): {@link FeedStatus#QUOTA_EXHAUSTED} until the policy's
 *       quota reset.
 *   <li>Any other 401/403: {@link FeedStatus#FAILED}, never due again; a bad key does not heal.
 * </ul>
 *
 * <p>Not thread-safe: one timer owns it.
 */
public final class PollSchedule {

  private final PollPolicy policy;
  private final RandomGenerator random;
  private FeedState state;

  public PollSchedule(PollPolicy policy, RandomGenerator random, Instant firstPoll) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.random = Objects.requireNonNull(random, "random");
    this.state =
        new FeedState(
            FeedStatus.IDLE,
            Optional.empty(),
            Optional.of(firstPoll),
            0,
            Optional.empty(),
            OptionalInt.empty());
  }

  public FeedState state() {
    return state;
  }

  /** True when a poll should start now: its time has come and none is out or stopped. */
  public boolean isDue(Instant now) {
    return state.status() != FeedStatus.POLLING
        && state.nextPoll().map(next -> !now.isBefore(next)).orElse(false);
  }

  /** Marks a request as sent at {@code now}. */
  public FeedState polling(Instant now) {
    return state =
        new FeedState(
            FeedStatus.POLLING,
            Optional.of(now),
            state.nextPoll(),
            state.consecutiveFailures(),
            state.lastError(),
            state.requestsRemaining());
  }

  /** Judges an HTTP answer received at {@code now}. */
  public FeedState answered(OddsApiResponse response, Instant now) {
    int status = response.status();
    RateLimit quota = response.rateLimit();
    OptionalInt remaining =
        quota.remaining().isPresent() ? quota.remaining() : state.requestsRemaining();
    boolean refused = status == 401 || status == 403;
    if (response.quotaSpent() && (response.successful() || refused)) {
      Instant reset = policy.quotaReset().apply(now);
      String error = response.successful() ? null : "HTTP " + status + ", quota spent";
      return state = next(FeedStatus.QUOTA_EXHAUSTED, Optional.of(reset), 0, error, remaining, now);
    }
    if (response.successful()) {
      return state = next(FeedStatus.IDLE, at(now, policy.interval()), 0, null, remaining, now);
    }
    String error = "HTTP " + status;
    if (refused) {
      return state = next(FeedStatus.FAILED, Optional.empty(), failures(), error, remaining, now);
    }
    Optional<Duration> serverWait = status == 429 ? response.retryAfter() : Optional.empty();
    Duration wait = serverWait.orElseGet(() -> backoff(failures()));
    return state = next(FeedStatus.BACKING_OFF, at(now, wait), failures(), error, remaining, now);
  }

  /** Judges a poll that got no answer (I/O error or timeout) at {@code now}. */
  public FeedState failed(String error, Instant now) {
    Optional<Instant> retry = at(now, backoff(failures()));
    return state =
        next(FeedStatus.BACKING_OFF, retry, failures(), error, state.requestsRemaining(), now);
  }

  /** The wait after the n-th failure in a row: interval * 2^(n-1), capped, minus jitter. */
  Duration backoff(int failures) {
    return policy.backoff().after(failures, random);
  }

  private int failures() {
    return state.consecutiveFailures() + 1;
  }

  private static Optional<Instant> at(Instant now, Duration wait) {
    return Optional.of(now.plus(wait));
  }

  // An outcome reported without polling() first still counts as a poll made now.
  private FeedState next(
      FeedStatus status,
      Optional<Instant> nextPoll,
      int failures,
      String error,
      OptionalInt remaining,
      Instant now) {
    Optional<Instant> lastPoll =
        state.status() == FeedStatus.POLLING ? state.lastPoll() : Optional.of(now);
    return new FeedState(
        status, lastPoll, nextPoll, failures, Optional.ofNullable(error), remaining);
  }
}

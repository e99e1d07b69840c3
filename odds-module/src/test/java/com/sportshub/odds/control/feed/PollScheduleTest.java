package com.sportshub.odds.control.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** All waits below are worked by hand from interval 30 s, cap 10 min, jitter 20 %. */
class PollScheduleTest {

  private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
  private static final Duration INTERVAL = Duration.ofSeconds(30);

  /** A generator whose every draw in [0, 1) is {@code u}, so jitter is known. */
  private static RandomGenerator drawing(double u) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        return 0;
      }

      @Override
      public double nextDouble() {
        return u;
      }
    };
  }

  private static PollSchedule schedule(double u) {
    return new PollSchedule(PollPolicy.of(INTERVAL), drawing(u), T0);
  }

  private static OddsApiResponse answer(int status, Integer remaining, Duration retryAfter) {
    RateLimit limit =
        new RateLimit(
            remaining == null ? OptionalInt.empty() : OptionalInt.of(remaining),
            OptionalInt.empty(),
            OptionalInt.empty());
    return new OddsApiResponse(status, "", limit, Optional.ofNullable(retryAfter));
  }

  private static OddsApiResponse ok(int remaining) {
    return answer(200, remaining, null);
  }

  private static Duration waitAfter(FeedState state, Instant now) {
    return Duration.between(now, state.nextPoll().orElseThrow());
  }

  @Test
  void isDueFirstAtTheGivenTime() {
    PollSchedule schedule = schedule(0);

    assertFalse(schedule.isDue(T0.minusMillis(1)));
    assertTrue(schedule.isDue(T0));
    assertEquals(FeedStatus.IDLE, schedule.state().status());
  }

  @Test
  void isNotDueWhileAPollIsOut() {
    PollSchedule schedule = schedule(0);

    FeedState state = schedule.polling(T0);

    assertEquals(FeedStatus.POLLING, state.status());
    assertEquals(Optional.of(T0), state.lastPoll());
    assertFalse(schedule.isDue(T0.plusSeconds(3600)));
  }

  @Test
  void pollsAgainAfterTheIntervalFollowingASuccess() {
    PollSchedule schedule = schedule(0);
    schedule.polling(T0);
    Instant answered = T0.plusSeconds(1);

    FeedState state = schedule.answered(ok(498), answered);

    assertEquals(FeedStatus.IDLE, state.status());
    assertEquals(Optional.of(answered.plus(INTERVAL)), state.nextPoll());
    assertEquals(Optional.of(T0), state.lastPoll());
    assertEquals(OptionalInt.of(498), state.requestsRemaining());
    assertEquals(0, state.consecutiveFailures());
  }

  @Test
  void waitsAsLongAsARateLimitRefusalAsks() {
    FeedState state = schedule(0).answered(answer(429, null, Duration.ofSeconds(7)), T0);

    assertEquals(FeedStatus.BACKING_OFF, state.status());
    assertEquals(Duration.ofSeconds(7), waitAfter(state, T0));
    assertEquals(1, state.consecutiveFailures());
    assertEquals(Optional.of("HTTP 429"), state.lastError());
  }

  @Test
  void backsOffWithJitterWhenARateLimitRefusalGivesNoWait() {
    // Worked by hand: 30 s * (1 - 0.2 * 0.5) = 27 s.
    FeedState state = schedule(0.5).answered(answer(429, null, null), T0);

    assertEquals(Duration.ofSeconds(27), waitAfter(state, T0));
  }

  @Test
  void doublesTheWaitForEachFailureInARowUpToTheCap() {
    // Worked by hand: 30 s * 2^(n-1) = 30, 60, 120, 240, 480, then 960 capped to 600, 600.
    PollSchedule schedule = schedule(0);
    List<Long> waits = new ArrayList<>();
    Instant now = T0;
    for (int i = 0; i < 7; i++) {
      waits.add(waitAfter(schedule.answered(answer(503, null, null), now), now).toSeconds());
      now = schedule.state().nextPoll().orElseThrow();
    }

    assertEquals(List.of(30L, 60L, 120L, 240L, 480L, 600L, 600L), waits);
    assertEquals(7, schedule.state().consecutiveFailures());
  }

  @Test
  void backsOffWhenNoAnswerCame() {
    PollSchedule schedule = schedule(0);
    schedule.failed("no answer within PT5S", T0);

    FeedState state = schedule.failed("connection refused", T0);

    assertEquals(FeedStatus.BACKING_OFF, state.status());
    assertEquals(Duration.ofSeconds(60), waitAfter(state, T0));
    assertEquals(Optional.of("connection refused"), state.lastError());
  }

  @Test
  void forgetsFailuresAfterASuccess() {
    PollSchedule schedule = schedule(0);
    schedule.answered(answer(500, null, null), T0);
    schedule.failed("timeout", T0);

    FeedState recovered = schedule.answered(ok(400), T0);
    FeedState failedAgain = schedule.answered(answer(500, null, null), T0);

    assertEquals(0, recovered.consecutiveFailures());
    assertEquals(Optional.empty(), recovered.lastError());
    assertEquals(INTERVAL, waitAfter(recovered, T0));
    assertEquals(INTERVAL, waitAfter(failedAgain, T0));
  }

  @Test
  void waitsForTheQuotaResetWhenNoRequestsRemain() {
    FeedState state = schedule(0).answered(ok(0), T0);

    assertEquals(FeedStatus.QUOTA_EXHAUSTED, state.status());
    assertEquals(PollPolicy.DEFAULT_QUOTA_PAUSE, waitAfter(state, T0));
    assertEquals(OptionalInt.of(0), state.requestsRemaining());
  }

  @Test
  void waitsForAConfiguredQuotaResetTime() {
    PollPolicy monthly = PollPolicy.of(INTERVAL).withQuotaReset(PollPolicy.firstOfNextMonthUtc());
    PollSchedule schedule = new PollSchedule(monthly, drawing(0), T0);

    FeedState state = schedule.answered(ok(0), T0);

    assertEquals(Optional.of(Instant.parse("2025-04-01T00:00:00Z")), state.nextPoll());
  }

  @Test
  void stopsForGoodWhenTheKeyIsRefused() {
    PollSchedule schedule = schedule(0);

    FeedState state = schedule.answered(answer(401, null, null), T0);

    assertEquals(FeedStatus.FAILED, state.status());
    assertEquals(Optional.empty(), state.nextPoll());
    assertEquals(Optional.of("HTTP 401"), state.lastError());
    assertFalse(schedule.isDue(T0.plus(Duration.ofDays(365))));
  }

  @Test
  void stopsForGoodWhenAccessIsForbidden() {
    assertEquals(FeedStatus.FAILED, schedule(0).answered(answer(403, null, null), T0).status());
  }

  @Test
  void treatsARefusalWithNoRequestsLeftAsASpentQuotaNotABadKey() {
    FeedState state = schedule(0).answered(answer(401, 0, null), T0);

    assertEquals(FeedStatus.QUOTA_EXHAUSTED, state.status());
    assertEquals(PollPolicy.DEFAULT_QUOTA_PAUSE, waitAfter(state, T0));
  }

  @Test
  void treatsTheOutOfCreditsRefusalAsASpentQuota() {
    // Error code and status as The Odds API sends them when a key has used up its credits:
    // https://the-odds-api.com/liveapi/guides/v4/api-error-codes.html
    OddsApiResponse refusal =
        new OddsApiResponse(
            401,
            "{\"message\":\"Usage quota has been reached.\",\"error_code\":\"OUT_OF_USAGE_CREDITS\"}",
            RateLimit.unknown(),
            Optional.empty());

    FeedState state = schedule(0).answered(refusal, T0);

    assertEquals(FeedStatus.QUOTA_EXHAUSTED, state.status());
    assertEquals(PollPolicy.DEFAULT_QUOTA_PAUSE, waitAfter(state, T0));
  }

  @Test
  void keepsTheLastKnownQuotaWhenAnAnswerDoesNotReportIt() {
    PollSchedule schedule = schedule(0);
    schedule.answered(ok(498), T0);

    FeedState state = schedule.answered(answer(500, null, null), T0);

    assertEquals(OptionalInt.of(498), state.requestsRemaining());
  }

  @Test
  void neverBacksOffForLessThanTheIntervalWhenTheIntervalExceedsTheCap() {
    PollSchedule schedule = new PollSchedule(PollPolicy.of(Duration.ofMinutes(15)), drawing(0), T0);

    FeedState state = schedule.answered(answer(500, null, null), T0);

    assertEquals(Duration.ofMinutes(15), waitAfter(state, T0));
  }
}

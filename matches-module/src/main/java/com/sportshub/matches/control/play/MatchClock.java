package com.sportshub.matches.control.play;

import com.sportshub.matches.entity.MatchPhase;
import java.time.Duration;
import java.time.Instant;

/**
 * The match minute as football shows it, from when the period kicked off. The first minute of a
 * half is its "1'" (0:00 to 0:59 played); a half runs to its length (45, 90, 105, 120) and then
 * counts added minutes: the 47th minute played in the first half is "45+2", minute 45, stoppage 2.
 * At a break the clock stands at the end of the period before it.
 */
public final class MatchClock {

  /**
   * A minute and the added minutes beyond the period's end (0 when none); both null before play.
   */
  public record Minute(Integer minute, Integer stoppage) {
    static final Minute NONE = new Minute(null, null);
  }

  private MatchClock() {}

  public static Minute at(
      MatchPhase phase, Instant periodStartedAt, Instant now, boolean wentToExtraTime) {
    return switch (phase) {
      case FIRST_HALF -> running(0, 45, periodStartedAt, now);
      case SECOND_HALF -> running(45, 90, periodStartedAt, now);
      case EXTRA_TIME_FIRST_HALF -> running(90, 105, periodStartedAt, now);
      case EXTRA_TIME_SECOND_HALF -> running(105, 120, periodStartedAt, now);
      case HALF_TIME -> new Minute(45, 0);
      case BEFORE_EXTRA_TIME -> new Minute(90, 0);
      case EXTRA_TIME_HALF_TIME -> new Minute(105, 0);
      case PENALTY_SHOOTOUT, FULL_TIME -> new Minute(wentToExtraTime ? 120 : 90, 0);
      default -> Minute.NONE;
    };
  }

  private static Minute running(int from, int until, Instant startedAt, Instant now) {
    if (startedAt == null) {
      return new Minute(from + 1, 0);
    }
    long played = Math.max(0, Duration.between(startedAt, now).toMinutes());
    long minute = from + played + 1;
    return minute <= until
        ? new Minute((int) minute, 0)
        : new Minute(until, (int) Math.min(minute - until, 59));
  }
}

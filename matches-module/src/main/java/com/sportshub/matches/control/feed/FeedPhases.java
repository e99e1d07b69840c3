package com.sportshub.matches.control.feed;

import com.sportshub.matches.entity.MatchPhase;

/**
 * The phase a fed status means. A feed says IN_PLAY for both halves and PAUSED for every break, so
 * the half comes from the period it names, else from its minute, else from how far the match had
 * already got: a match seen at half time that is in play again is in its second half.
 */
public final class FeedPhases {

  private FeedPhases() {}

  public static MatchPhase of(FeedMatch fed, MatchPhase held) {
    if (fed.status() == null) {
      return held;
    }
    Integer period = fed.period();
    Integer minute = fed.minute();
    return switch (fed.status()) {
      case SCHEDULED, TIMED -> MatchPhase.PRE_MATCH;
      case IN_PLAY -> {
        boolean second =
            (period != null && period >= 2)
                || (period == null && minute != null && minute > 45)
                || (period == null && held.reached(MatchPhase.HALF_TIME));
        yield second ? MatchPhase.SECOND_HALF : MatchPhase.FIRST_HALF;
      }
      case PAUSED -> {
        boolean afterSecond =
            (period != null && period >= 2)
                || (minute != null && minute > 45)
                || held.reached(MatchPhase.SECOND_HALF);
        yield afterSecond ? MatchPhase.BEFORE_EXTRA_TIME : MatchPhase.HALF_TIME;
      }
      case EXTRA_TIME -> {
        boolean second =
            (period != null && period >= 4)
                || (minute != null && minute > 105)
                || held.reached(MatchPhase.EXTRA_TIME_HALF_TIME);
        yield second ? MatchPhase.EXTRA_TIME_SECOND_HALF : MatchPhase.EXTRA_TIME_FIRST_HALF;
      }
      case PENALTY_SHOOTOUT -> MatchPhase.PENALTY_SHOOTOUT;
      case FINISHED -> MatchPhase.FULL_TIME;
      case SUSPENDED -> MatchPhase.SUSPENDED;
      case POSTPONED -> MatchPhase.POSTPONED;
      case CANCELLED -> MatchPhase.CANCELLED;
      case AWARDED -> MatchPhase.AWARDED;
    };
  }
}

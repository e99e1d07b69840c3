package com.sportshub.matches.control.play;

import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchEventType;
import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.Score;
import com.sportshub.matches.entity.Side;
import com.sportshub.matches.entity.Winner;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts a match's score from its events: the only way a score is ever written, so score and events
 * cannot disagree. A goal or a scored penalty counts for its side, an own goal for the other; a
 * goal that a VAR {@code goal_disallowed} names does not count. Penalties in the shoot-out count
 * only towards the shoot-out. Goals recorded at a break (a feed that learned late) count for the
 * period before it.
 */
public final class ScoreBoard {

  private ScoreBoard() {}

  /** The ids of the scoring events a VAR decision took off the score. */
  public static Set<String> disallowed(List<MatchEvent> events) {
    Set<String> ids = new HashSet<>();
    events.stream().filter(MatchEvent::disallowsGoal).forEach(e -> ids.add(e.refersTo()));
    return ids;
  }

  public static Score count(FootballMatch match, List<MatchEvent> events) {
    Set<String> disallowed = disallowed(events);
    Goals firstHalf = Goals.NONE;
    Goals normal = Goals.NONE;
    Goals extra = Goals.NONE;
    Goals shootout = Goals.NONE;
    for (MatchEvent event : events) {
      if (!event.type().scores() || disallowed.contains(event.id())) {
        continue;
      }
      Side credited = event.type() == MatchEventType.OWN_GOAL ? event.side().other() : event.side();
      switch (event.phase()) {
        case PRE_MATCH, FIRST_HALF, HALF_TIME -> {
          firstHalf = firstHalf.plus(credited);
          normal = normal.plus(credited);
        }
        case EXTRA_TIME_FIRST_HALF, EXTRA_TIME_HALF_TIME, EXTRA_TIME_SECOND_HALF ->
            extra = extra.plus(credited);
        case PENALTY_SHOOTOUT -> {
          if (event.type() == MatchEventType.PENALTY) {
            shootout = shootout.plus(credited);
          }
        }
        default -> normal = normal.plus(credited);
      }
    }
    MatchPhase progress = match.progress();
    boolean kickedOff = progress.reached(MatchPhase.FIRST_HALF) || !events.isEmpty();
    Goals play = normal.plus(extra);
    return new Score(
        kickedOff ? play : null,
        progress.reached(MatchPhase.HALF_TIME) ? firstHalf : null,
        progress == MatchPhase.FULL_TIME ? play : null,
        match.wentToExtraTime() ? extra : null,
        match.wentToPenalties() ? shootout : null);
  }

  /**
   * Who won: once finished, the side ahead, else the side ahead in the shoot-out, else a draw; an
   * awarded match keeps the winner it was awarded to; anything else has none yet.
   */
  public static Winner winner(FootballMatch match, Score score) {
    if (match.phase() == MatchPhase.AWARDED) {
      return match.winner();
    }
    if (match.phase() != MatchPhase.FULL_TIME || score.current() == null) {
      return null;
    }
    Side ahead = score.current().leader();
    if (ahead == null && score.penalties() != null) {
      ahead = score.penalties().leader();
    }
    return ahead == null ? Winner.DRAW : Winner.of(ahead);
  }
}

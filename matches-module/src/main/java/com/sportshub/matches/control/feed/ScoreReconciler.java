package com.sportshub.matches.control.feed;

import static com.sportshub.matches.entity.MatchPhase.*;

import com.sportshub.matches.control.play.ScoreBoard;
import com.sportshub.matches.entity.EventFacts;
import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchEventType;
import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.Side;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a score a feed reports into the events that make the match's events count it, so that a fed
 * score, too, changes only through events: a goal for each goal the events lack, a VAR {@code
 * goal_disallowed} for each they have too many (the latest first). Half-time, extra-time and
 * shoot-out scores, when the feed gives them, place the goals in the right period; goals of unknown
 * period land in the period being played, or else the last one played.
 */
public final class ScoreReconciler {

  /** An event to record, in the phase given. */
  public record Planned(MatchPhase phase, EventFacts facts) {}

  /** What the feed says; any part may be null (not said). */
  public record Target(Goals halfTime, Goals play, Goals extraTime, Goals penalties) {}

  private static final Set<MatchPhase> FIRST = EnumSet.of(PRE_MATCH, FIRST_HALF, HALF_TIME);
  private static final Set<MatchPhase> EXTRA =
      EnumSet.of(EXTRA_TIME_FIRST_HALF, EXTRA_TIME_HALF_TIME, EXTRA_TIME_SECOND_HALF);
  private static final Set<MatchPhase> SHOOTOUT = EnumSet.of(PENALTY_SHOOTOUT);

  private final List<MatchEvent> counted = new ArrayList<>();
  private final List<Planned> planned = new ArrayList<>();

  private ScoreReconciler(List<MatchEvent> events) {
    Set<String> disallowed = ScoreBoard.disallowed(events);
    events.stream()
        .filter(e -> e.type().scores() && !disallowed.contains(e.id()))
        .filter(e -> e.phase() != PENALTY_SHOOTOUT || e.type() == MatchEventType.PENALTY)
        .forEach(counted::add);
  }

  /**
   * The events to record so that {@code events} count {@code target}; {@code phase} is where the
   * match now stands, {@code progress} how far it got, {@code minute} the feed's minute.
   */
  public static List<Planned> plan(
      List<MatchEvent> events,
      Target target,
      MatchPhase phase,
      MatchPhase progress,
      Integer minute) {
    ScoreReconciler r = new ScoreReconciler(events);
    Set<MatchPhase> second = EnumSet.complementOf(EnumSet.copyOf(FIRST));
    second.removeAll(EXTRA);
    second.removeAll(SHOOTOUT);
    for (Side side : Side.values()) {
      if (target.halfTime() != null) {
        r.match(side, target.halfTime().of(side), FIRST, FIRST_HALF, null, List.of(FIRST));
      }
      if (target.extraTime() != null) {
        r.match(
            side, target.extraTime().of(side), EXTRA, EXTRA_TIME_FIRST_HALF, null, List.of(EXTRA));
      }
      if (target.play() != null) {
        MatchPhase landing = landing(target, phase, progress);
        Set<MatchPhase> all = EnumSet.copyOf(FIRST);
        all.addAll(second);
        all.addAll(EXTRA);
        List<Set<MatchPhase>> removable = new ArrayList<>(List.of(second));
        if (target.extraTime() == null) {
          removable.add(EXTRA);
        }
        if (target.halfTime() == null) {
          removable.add(FIRST);
        }
        Integer at = landing == phase ? minute : null;
        r.match(side, target.play().of(side), all, landing, at, removable);
      }
      if (target.penalties() != null) {
        r.match(
            side, target.penalties().of(side), SHOOTOUT, PENALTY_SHOOTOUT, null, List.of(SHOOTOUT));
      }
    }
    return r.planned;
  }

  private static MatchPhase landing(Target target, MatchPhase phase, MatchPhase progress) {
    boolean extraFixed = target.extraTime() != null;
    if (phase.ballInPlay() && !(extraFixed && EXTRA.contains(phase))) {
      return phase;
    }
    if (!extraFixed && progress.reached(EXTRA_TIME_FIRST_HALF)) {
      return EXTRA_TIME_SECOND_HALF;
    }
    if (progress.reached(SECOND_HALF)
        || (target.halfTime() != null && progress.reached(HALF_TIME))) {
      return SECOND_HALF;
    }
    return FIRST_HALF;
  }

  /**
   * Makes the goals credited to {@code side} in {@code phases} number {@code wanted}: adds goals in
   * {@code landing}, or disallows the latest ones, searching the {@code removable} groups in order.
   */
  private void match(
      Side side,
      int wanted,
      Set<MatchPhase> phases,
      MatchPhase landing,
      Integer minute,
      List<Set<MatchPhase>> removable) {
    int have =
        (int)
                counted.stream()
                    .filter(e -> credited(e) == side && phases.contains(e.phase()))
                    .count()
            + (int)
                planned.stream()
                    .filter(p -> p.facts().type() != MatchEventType.VAR)
                    .filter(p -> p.facts().side() == side && phases.contains(p.phase()))
                    .count();
    for (int i = have; i < wanted; i++) {
      MatchEventType type =
          landing == PENALTY_SHOOTOUT ? MatchEventType.PENALTY : MatchEventType.GOAL;
      planned.add(new Planned(landing, EventFacts.scored(type, side, minute)));
    }
    for (int i = wanted; i < have; i++) {
      MatchEvent latest = latest(side, removable);
      if (latest == null) {
        return;
      }
      counted.remove(latest);
      planned.add(
          new Planned(
              latest.phase(),
              new EventFacts(
                  MatchEventType.VAR,
                  latest.side(),
                  latest.minute(),
                  null,
                  null,
                  null,
                  MatchEventType.GOAL_DISALLOWED,
                  latest.id())));
    }
  }

  private MatchEvent latest(Side side, List<Set<MatchPhase>> groups) {
    for (Set<MatchPhase> group : groups) {
      for (int i = counted.size() - 1; i >= 0; i--) {
        MatchEvent e = counted.get(i);
        if (credited(e) == side && group.contains(e.phase())) {
          return e;
        }
      }
    }
    return null;
  }

  private static Side credited(MatchEvent e) {
    return e.type() == MatchEventType.OWN_GOAL ? e.side().other() : e.side();
  }
}

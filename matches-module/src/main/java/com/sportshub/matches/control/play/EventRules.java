package com.sportshub.matches.control.play;

import static com.sportshub.matches.entity.MatchPhase.*;

import com.sportshub.matches.entity.EventFacts;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchEventType;
import com.sportshub.matches.entity.MatchPhase;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an event may say, and when. Goals and own goals only while the ball is in play; penalties
 * (scored or missed) then and in the shoot-out; cards from kick-off to the end of the shoot-out,
 * breaks included; substitutions and VAR decisions likewise but not in the shoot-out. A VAR {@code
 * goal_disallowed} must name a goal, own goal or scored penalty of the same match, not yet
 * disallowed.
 */
public final class EventRules {

  private static final Set<MatchPhase> IN_PLAY =
      EnumSet.of(FIRST_HALF, SECOND_HALF, EXTRA_TIME_FIRST_HALF, EXTRA_TIME_SECOND_HALF);
  private static final Set<MatchPhase> SHOOTOUT_TOO = EnumSet.of(PENALTY_SHOOTOUT);
  private static final Set<MatchPhase> BREAKS =
      EnumSet.of(HALF_TIME, BEFORE_EXTRA_TIME, EXTRA_TIME_HALF_TIME);
  private static final Pattern DECISION = Pattern.compile("[a-z_]{1,64}");

  static {
    SHOOTOUT_TOO.addAll(IN_PLAY);
  }

  private EventRules() {}

  /** The phases an event of the type may happen in. */
  public static Set<MatchPhase> phasesOf(MatchEventType type) {
    Set<MatchPhase> phases = EnumSet.copyOf(IN_PLAY);
    switch (type) {
      case GOAL, OWN_GOAL -> {
        return phases;
      }
      case PENALTY, MISSED_PENALTY -> {
        return EnumSet.copyOf(SHOOTOUT_TOO);
      }
      case YELLOW_CARD, SECOND_YELLOW, RED_CARD -> {
        phases.addAll(BREAKS);
        phases.add(PENALTY_SHOOTOUT);
        return phases;
      }
      default -> {
        phases.addAll(BREAKS);
        return phases;
      }
    }
  }

  /**
   * Checks the facts of an event in {@code phase} of a match whose other events are {@code others}
   * (without the event itself, when it is being corrected).
   *
   * @throws InvalidMatchInput naming the offending field
   */
  public static void check(
      EventFacts facts, MatchPhase phase, String eventId, List<MatchEvent> others) {
    if (!phasesOf(facts.type()).contains(phase)) {
      throw new InvalidMatchInput(
          "event.type", "a " + facts.type().wireName() + " cannot happen in " + phase.wireName());
    }
    if (facts.minute() != null && (facts.minute() < 1 || facts.minute() > 150)) {
      throw new InvalidMatchInput("event.minute", "must be from 1 to 150");
    }
    if (facts.stoppage() != null && (facts.stoppage() < 0 || facts.stoppage() > 30)) {
      throw new InvalidMatchInput("event.stoppage", "must be from 0 to 30");
    }
    length("event.player", facts.player(), 128);
    length("event.relatedPlayer", facts.relatedPlayer(), 128);
    if (facts.type() == MatchEventType.VAR) {
      checkDecision(facts, eventId, others);
    } else if (facts.detail() != null || facts.refersTo() != null) {
      length("event.detail", facts.detail(), 64);
      if (facts.refersTo() != null) {
        throw new InvalidMatchInput("event.refersTo", "is only for a VAR decision");
      }
    }
  }

  private static void checkDecision(EventFacts facts, String eventId, List<MatchEvent> others) {
    if (facts.detail() == null || !DECISION.matcher(facts.detail()).matches()) {
      throw new InvalidMatchInput(
          "event.detail", "must name the VAR decision in lower case, e.g. goal_disallowed");
    }
    if (!MatchEventType.GOAL_DISALLOWED.equals(facts.detail())) {
      return;
    }
    if (facts.refersTo() == null) {
      throw new InvalidMatchInput("event.refersTo", "must name the goal that is disallowed");
    }
    MatchEvent goal =
        others.stream()
            .filter(e -> e.id().equals(facts.refersTo()))
            .findFirst()
            .orElseThrow(
                () -> new InvalidMatchInput("event.refersTo", "is not an event of this match"));
    if (!goal.type().scores() || facts.refersTo().equals(eventId)) {
      throw new InvalidMatchInput("event.refersTo", "must name a goal, own goal or penalty");
    }
    boolean already =
        others.stream().anyMatch(e -> e.disallowsGoal() && facts.refersTo().equals(e.refersTo()));
    if (already) {
      throw new InvalidMatchInput("event.refersTo", "names a goal already disallowed");
    }
  }

  /**
   * Checks that a correction leaves every {@code goal_disallowed} naming a scoring event.
   *
   * @throws InvalidMatchInput when a decision would name something that no longer scores
   */
  public static void checkReferences(List<MatchEvent> events) {
    for (MatchEvent decision : events) {
      if (decision.disallowsGoal()) {
        boolean scores =
            events.stream().anyMatch(e -> e.id().equals(decision.refersTo()) && e.type().scores());
        if (!scores) {
          throw new InvalidMatchInput(
              "event.type", "a VAR decision disallows this event as a goal; correct that first");
        }
      }
    }
  }

  private static void length(String field, String value, int max) {
    if (value != null && (value.isBlank() || value.length() > max)) {
      throw new InvalidMatchInput(field, "must be 1 to " + max + " characters");
    }
  }
}

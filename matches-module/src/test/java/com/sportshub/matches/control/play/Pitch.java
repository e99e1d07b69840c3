package com.sportshub.matches.control.play;

import com.sportshub.matches.commands.MatchFixture;
import com.sportshub.matches.entity.EventFacts;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchEventType;
import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.Side;
import com.sportshub.matches.entity.Team;
import java.time.Instant;
import java.util.List;

/** Matches and events for the tests, without a database. */
public final class Pitch {

  public static final Instant KICKOFF = Instant.parse("2026-08-22T14:00:00Z");

  private Pitch() {}

  /** Arsenal v Chelsea, before kick-off. */
  public static FootballMatch match() {
    return new FootballMatch(
        new MatchFixture("m1", "PL", "2026-27", 2, KICKOFF, "Arsenal", "Chelsea"),
        new Team("Arsenal", null),
        new Team("Chelsea", null),
        "control",
        KICKOFF.minusSeconds(3600));
  }

  /** A match moved through these phases, one minute apart. */
  public static FootballMatch in(MatchPhase... phases) {
    FootballMatch match = match();
    Instant at = KICKOFF;
    for (MatchPhase phase : phases) {
      match.moveTo(phase, at);
      at = at.plusSeconds(60);
    }
    return match;
  }

  public static MatchEvent event(
      FootballMatch match, MatchEventType type, Side side, MatchPhase phase) {
    return new MatchEvent(
        match.id(),
        match.nextEventSeq(),
        phase,
        EventFacts.scored(type, side, null),
        "test",
        KICKOFF);
  }

  public static MatchEvent goal(FootballMatch match, Side side, MatchPhase phase) {
    return event(match, MatchEventType.GOAL, side, phase);
  }

  /** A VAR decision taking {@code goal} off the score. */
  public static MatchEvent disallow(FootballMatch match, MatchEvent goal) {
    return new MatchEvent(
        match.id(),
        match.nextEventSeq(),
        goal.phase(),
        new EventFacts(
            MatchEventType.VAR,
            goal.side(),
            null,
            null,
            null,
            null,
            MatchEventType.GOAL_DISALLOWED,
            goal.id()),
        "test",
        KICKOFF);
  }

  public static List<MatchEvent> none() {
    return new java.util.ArrayList<>();
  }
}

package com.sportshub.matches.control.feed;

import com.sportshub.matches.control.MatchFixtures;
import com.sportshub.matches.control.MatchStore;
import com.sportshub.matches.control.play.ScoreBoard;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.MatchStatus;
import com.sportshub.matches.entity.Score;
import com.sportshub.matches.entity.Winner;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges a match as a feed or an import reports it into the stored one: creates it (with its
 * competition, season and teams) when new, takes its kick-off and phase, and records the goal and
 * VAR events that make the score what the feed says; the score is then counted from the events like
 * any other.
 */
@Dependent
public class FeedMerge {

  /**
   * What the merge did; {@code before} is the status before it (the new match's own when created).
   */
  public record Merged(
      FootballMatch match,
      boolean created,
      boolean changed,
      MatchStatus before,
      boolean scoreChanged,
      List<MatchEvent> events) {}

  @Inject MatchStore matches;
  @Inject MatchFixtures fixtures;

  public Merged merge(FeedMatch fed, String source, Instant now) {
    FootballMatch match = matches.lock(fed.matchId()).orElse(null);
    boolean created = match == null;
    if (created) {
      match = fixtures.create(fed.fixture(), source, now);
    }
    MatchStatus before = match.status();
    Score scoreBefore = match.score();
    MatchPhase phaseBefore = match.phase();
    Integer minuteBefore = match.minute();
    boolean moved =
        !created && !Objects.equals(fed.kickoff(), match.kickoff()) && fed.kickoff() != null;
    if (moved) {
      match.reschedule(fed.kickoff(), now);
    }
    MatchPhase next = FeedPhases.of(fed, match.phase());
    if (next != match.phase()) {
      if (next == MatchPhase.AWARDED) {
        match.award(fed.winner() != null ? fed.winner() : Winner.DRAW);
      }
      match.moveTo(next, now);
    }
    if (fed.extraTime() != null) {
      match.playedExtraTime();
    }
    if (fed.penalties() != null) {
      match.playedPenalties();
    }
    List<MatchEvent> events = created ? new ArrayList<>() : matches.events(match.id());
    List<ScoreReconciler.Planned> planned =
        ScoreReconciler.plan(
            events,
            new ScoreReconciler.Target(
                fed.halfTime(), fed.score(), fed.extraTime(), fed.penalties()),
            match.phase(),
            match.progress(),
            fed.minute());
    for (ScoreReconciler.Planned p : planned) {
      MatchEvent event =
          new MatchEvent(match.id(), match.nextEventSeq(), p.phase(), p.facts(), source, now);
      matches.addEvent(event);
      events.add(event);
    }
    Score score = ScoreBoard.count(match, events);
    match.score(score, ScoreBoard.winner(match, score));
    if (fed.minute() != null) {
      match.clock(fed.minute(), fed.stoppage());
    }
    boolean changed =
        created
            || moved
            || phaseBefore != match.phase()
            || !planned.isEmpty()
            || !Objects.equals(minuteBefore, match.minute());
    if (changed) {
      match.touch(now);
    }
    return new Merged(match, created, changed, before, !score.equals(scoreBefore), events);
  }
}

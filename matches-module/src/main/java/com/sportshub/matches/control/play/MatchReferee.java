package com.sportshub.matches.control.play;

import com.sportshub.matches.entity.EventFacts;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.MatchCommandType;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.Score;
import com.sportshub.matches.entity.Side;
import com.sportshub.matches.entity.SideStatistics;
import com.sportshub.matches.events.MatchChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies an {@link Order} to a match, its events and its statistics (entities the caller loaded
 * and will store): moves it through the lifecycle, adds or corrects an event, records statistics,
 * then counts the score again from the events and sets the clock. Plain Java; it refuses with
 * {@code IllegalMatchMove} or {@code InvalidMatchInput} before changing anything.
 */
public final class MatchReferee {

  /**
   * What an order did: {@code change} names it for clients, {@code event} is the event added or
   * corrected (else null), {@code added} whether that event is new and must be stored.
   */
  public record Applied(
      MatchChange change,
      MatchEvent event,
      boolean added,
      boolean statisticsChanged,
      boolean scoreChanged) {}

  private MatchReferee() {}

  public static Applied apply(
      FootballMatch match,
      List<MatchEvent> events,
      Map<Side, SideStatistics> statistics,
      Order order,
      String source,
      Instant now) {
    Score before = match.score();
    Applied applied =
        order.type().moves()
            ? move(match, order, now)
            : record(match, events, statistics, order, source, now);
    Score after = ScoreBoard.count(match, events);
    match.score(after, ScoreBoard.winner(match, after));
    setClock(match, order, applied.event(), now);
    match.touch(now);
    return new Applied(
        applied.change(),
        applied.event(),
        applied.added(),
        applied.statisticsChanged(),
        !after.equals(before));
  }

  private static Applied move(FootballMatch match, Order order, Instant now) {
    MatchPhase next =
        MatchLifecycle.next(
            match.phase(), order.type(), match.suspendedFrom(), match.kickoff() != null);
    if (order.type() == MatchCommandType.AWARD) {
      match.award(order.awardTo());
    }
    match.moveTo(next, now);
    if (order.type() == MatchCommandType.RESCHEDULE
        || (order.type() == MatchCommandType.POSTPONE && order.kickoff() != null)) {
      match.reschedule(order.kickoff(), now);
    }
    return new Applied(changeOf(order.type()), null, false, false, false);
  }

  private static Applied record(
      FootballMatch match,
      List<MatchEvent> events,
      Map<Side, SideStatistics> statistics,
      Order order,
      String source,
      Instant now) {
    MatchLifecycle.checkRecording(
        match.phase(), order.type(), match.suspendedFrom(), match.kickoff() != null);
    return switch (order.type()) {
      case ADD_EVENT -> add(match, events, order.facts(), source, now);
      case CORRECT_EVENT -> correct(events, order, now);
      default -> {
        boolean changed = false;
        for (var counts : order.statistics().entrySet()) {
          changed |= statistics.get(counts.getKey()).update(counts.getValue(), now);
        }
        yield new Applied(MatchChange.STATISTICS, null, false, changed, false);
      }
    };
  }

  private static Applied add(
      FootballMatch match, List<MatchEvent> events, EventFacts given, String source, Instant now) {
    EventFacts facts = given;
    if (facts.minute() == null) {
      var clock =
          MatchClock.at(match.phase(), match.periodStartedAt(), now, match.wentToExtraTime());
      facts =
          new EventFacts(
              facts.type(),
              facts.side(),
              clock.minute(),
              clock.stoppage(),
              facts.player(),
              facts.relatedPlayer(),
              facts.detail(),
              facts.refersTo());
    }
    EventRules.check(facts, match.phase(), null, events);
    MatchEvent event =
        new MatchEvent(match.id(), match.nextEventSeq(), match.phase(), facts, source, now);
    events.add(event);
    return new Applied(MatchChange.EVENT_ADDED, event, true, false, false);
  }

  private static Applied correct(List<MatchEvent> events, Order order, Instant now) {
    MatchEvent event =
        events.stream()
            .filter(e -> e.id().equals(order.eventId()))
            .findFirst()
            .orElseThrow(() -> new InvalidMatchInput("eventId", "is not an event of this match"));
    EventFacts merged = merge(event.facts(), order.facts());
    List<MatchEvent> others = new ArrayList<>(events);
    others.remove(event);
    EventRules.check(merged, event.phase(), event.id(), others);
    event.correct(merged, now);
    EventRules.checkReferences(events);
    return new Applied(MatchChange.EVENT_CORRECTED, event, false, false, false);
  }

  /** The event's facts with what the correction gives in place of them. */
  static EventFacts merge(EventFacts held, EventFacts given) {
    return new EventFacts(
        given.type() != null ? given.type() : held.type(),
        given.side() != null ? given.side() : held.side(),
        given.minute() != null ? given.minute() : held.minute(),
        given.stoppage() != null ? given.stoppage() : held.stoppage(),
        given.player() != null ? given.player() : held.player(),
        given.relatedPlayer() != null ? given.relatedPlayer() : held.relatedPlayer(),
        given.detail() != null ? given.detail() : held.detail(),
        given.refersTo() != null ? given.refersTo() : held.refersTo());
  }

  /** The order's minute, else the new event's, else the clock's (a correction keeps the clock). */
  private static void setClock(FootballMatch match, Order order, MatchEvent event, Instant now) {
    if (order.minute() != null) {
      match.clock(order.minute(), order.stoppage());
    } else if (order.type() == MatchCommandType.ADD_EVENT && event != null) {
      match.clock(event.minute(), event.stoppage());
    } else if (order.type().moves() || order.type() == MatchCommandType.STATISTICS) {
      var clock =
          MatchClock.at(match.phase(), match.periodStartedAt(), now, match.wentToExtraTime());
      if (match.phase().progress()) {
        match.clock(clock.minute(), clock.stoppage());
      }
    }
  }

  private static MatchChange changeOf(MatchCommandType type) {
    return switch (type) {
      case START -> MatchChange.STARTED;
      case PAUSE -> MatchChange.PAUSED;
      case RESUME -> MatchChange.RESUMED;
      case END -> MatchChange.ENDED;
      case PENALTIES -> MatchChange.PENALTIES;
      case SUSPEND -> MatchChange.SUSPENDED;
      case POSTPONE -> MatchChange.POSTPONED;
      case RESCHEDULE -> MatchChange.RESCHEDULED;
      case CANCEL -> MatchChange.CANCELLED;
      default -> MatchChange.AWARDED;
    };
  }
}

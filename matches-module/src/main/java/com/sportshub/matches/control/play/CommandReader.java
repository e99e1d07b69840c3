package com.sportshub.matches.control.play;

import com.sportshub.matches.commands.EventInput;
import com.sportshub.matches.commands.MatchCommand;
import com.sportshub.matches.commands.StatisticsInput;
import com.sportshub.matches.entity.EventFacts;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.MatchCommandType;
import com.sportshub.matches.entity.MatchEventType;
import com.sportshub.matches.entity.Side;
import com.sportshub.matches.entity.StatisticsCounts;
import com.sportshub.matches.entity.Winner;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a command as a client sent it into an {@link Order}, refusing what is missing or malformed
 * with the field's name. Whether the match can take the order is the lifecycle's question, not this
 * one's.
 */
public final class CommandReader {

  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

  private CommandReader() {}

  public static Order read(MatchCommand c) {
    MatchCommandType type =
        MatchCommandType.named(c.command())
            .orElseThrow(() -> new InvalidMatchInput("command", "is not a match command"));
    if (c.clientId() == null || !CLIENT_ID.matcher(c.clientId()).matches()) {
      throw new InvalidMatchInput("clientId", "must be 1 to 64 of A-Z a-z 0-9 _ . : -");
    }
    range("minute", c.minute(), 1, 150);
    range("stoppage", c.stoppage(), 0, 30);
    EventFacts facts = null;
    Winner awardTo = null;
    Map<Side, StatisticsCounts> statistics = null;
    switch (type) {
      case ADD_EVENT -> facts = facts(required(c.event()), true, c);
      case CORRECT_EVENT -> {
        if (c.eventId() == null || c.eventId().isBlank()) {
          throw new InvalidMatchInput("eventId", "is required");
        }
        facts = facts(required(c.event()), false, c);
      }
      case AWARD -> {
        Side side = Side.named(c.winner());
        if (side == null) {
          throw new InvalidMatchInput("winner", "must be home or away");
        }
        awardTo = Winner.of(side);
      }
      case RESCHEDULE -> {
        if (c.kickoff() == null) {
          throw new InvalidMatchInput("kickoff", "is required");
        }
      }
      case STATISTICS -> statistics = statistics(c.statistics());
      default -> {}
    }
    return new Order(
        type,
        c.clientId(),
        c.minute(),
        c.stoppage(),
        facts,
        c.eventId(),
        awardTo,
        c.kickoff(),
        statistics);
  }

  private static EventInput required(EventInput event) {
    if (event == null) {
      throw new InvalidMatchInput("event", "is required");
    }
    return event;
  }

  private static EventFacts facts(EventInput e, boolean complete, MatchCommand c) {
    MatchEventType type = null;
    if (e.type() != null || complete) {
      type =
          MatchEventType.named(e.type())
              .orElseThrow(() -> new InvalidMatchInput("event.type", "is not an event type"));
    }
    Side side = Side.named(e.side());
    if (side == null && (e.side() != null || complete)) {
      throw new InvalidMatchInput("event.side", "must be home or away");
    }
    range("event.minute", e.minute(), 1, 150);
    range("event.stoppage", e.stoppage(), 0, 30);
    Integer minute = e.minute() != null ? e.minute() : c.minute();
    Integer stoppage = e.stoppage() != null ? e.stoppage() : c.stoppage();
    return new EventFacts(
        type, side, minute, stoppage, e.player(), e.relatedPlayer(), e.detail(), e.refersTo());
  }

  private static Map<Side, StatisticsCounts> statistics(StatisticsInput s) {
    if (s == null || (s.home() == null && s.away() == null)) {
      throw new InvalidMatchInput("statistics", "needs home or away counts");
    }
    Map<Side, StatisticsCounts> counts = new EnumMap<>(Side.class);
    if (s.home() != null) {
      counts.put(Side.HOME, counts("statistics.home", s.home()));
    }
    if (s.away() != null) {
      counts.put(Side.AWAY, counts("statistics.away", s.away()));
    }
    return counts;
  }

  private static StatisticsCounts counts(String at, StatisticsInput.TeamCounts c) {
    range(at + ".possession", c.possession(), 0, 100);
    range(at + ".shots", c.shots(), 0, 999);
    range(at + ".shotsOnTarget", c.shotsOnTarget(), 0, 999);
    range(at + ".corners", c.corners(), 0, 999);
    range(at + ".fouls", c.fouls(), 0, 999);
    return new StatisticsCounts(
        c.possession(), c.shots(), c.shotsOnTarget(), c.corners(), c.fouls());
  }

  private static void range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new InvalidMatchInput(field, "must be from " + min + " to " + max);
    }
  }
}

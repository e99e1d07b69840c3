package com.sportshub.matches.boundary;

import com.sportshub.matches.commands.CommandCaller;
import com.sportshub.matches.commands.CommandJson;
import com.sportshub.matches.commands.CommandResult;
import com.sportshub.matches.commands.MatchCommand;
import com.sportshub.matches.control.CommandLog;
import com.sportshub.matches.control.MatchStore;
import com.sportshub.matches.control.MatchViews;
import com.sportshub.matches.control.RefereeRoster;
import com.sportshub.matches.control.play.CommandReader;
import com.sportshub.matches.control.play.MatchReferee;
import com.sportshub.matches.control.play.Order;
import com.sportshub.matches.entity.CommandForbidden;
import com.sportshub.matches.entity.CommandRecord;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.MatchCommandType;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchNotFound;
import com.sportshub.matches.entity.MatchStatus;
import com.sportshub.matches.entity.Side;
import com.sportshub.matches.entity.SideStatistics;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Applies one command in one transaction: locks the match, checks the caller may control it,
 * recognises a command sent before (same client id: nothing is applied again), applies it, records
 * who sent what and when, stores the official table when a result was decided or changed, and fires
 * the change. A refusal throws an application exception, which rolls everything back.
 */
@Stateless
public class CommandIntake {

  @Inject MatchStore matches;
  @Inject RefereeRoster roster;
  @Inject CommandLog log;
  @Inject OfficialTables tables;
  @Inject MatchNews news;

  public CommandResult apply(MatchCommand command, CommandCaller caller, String source) {
    Instant now = Instant.now();
    Order order = CommandReader.read(command);
    FootballMatch match =
        matches
            .lock(command.matchId())
            .orElseThrow(() -> new MatchNotFound("match " + command.matchId()));
    if (!caller.admin() && !roster.assigned(match.id(), caller.subject())) {
      throw new CommandForbidden(
          caller.subject() + " is not assigned to match " + match.id() + " and is not an admin");
    }
    var earlier = log.find(match.id(), order.clientId());
    if (earlier.isPresent()) {
      return result(CommandResult.Outcome.DUPLICATE, command, match, earlier.get().eventId());
    }
    MatchStatus before = match.status();
    List<MatchEvent> events = matches.events(match.id());
    Map<Side, SideStatistics> statistics =
        order.type() == MatchCommandType.STATISTICS ? matches.statistics(match.id()) : Map.of();
    MatchReferee.Applied applied =
        MatchReferee.apply(match, events, statistics, order, source, now);
    if (applied.added()) {
      matches.addEvent(applied.event());
    }
    String eventId = applied.event() == null ? null : applied.event().id();
    log.add(
        new CommandRecord(
            match.id(),
            order.clientId(),
            order.type().wireName(),
            caller.subject(),
            String.join(",", new TreeSet<>(caller.roles())),
            CommandJson.write(command),
            now,
            match.phase(),
            eventId));
    tables.afterChange(match, before, applied.scoreChanged(), now);
    news.matchChanged(
        match,
        applied.change(),
        before,
        applied.scoreChanged(),
        applied.event(),
        events,
        applied.statisticsChanged() ? MatchViews.statistics(statistics, events) : null,
        now);
    return result(CommandResult.Outcome.APPLIED, command, match, eventId);
  }

  private static CommandResult result(
      CommandResult.Outcome outcome, MatchCommand command, FootballMatch match, String eventId) {
    return new CommandResult(
        outcome,
        match.id(),
        command.clientId(),
        command.command(),
        null,
        null,
        null,
        null,
        MatchViews.of(match),
        eventId);
  }
}

package com.sportshub.matches.commands;

import java.time.Instant;

/**
 * A command to a match as a client sent it, before the matches context checked it. {@code command}
 * is one of start, pause, resume, end, penalties, suspend, postpone, reschedule, cancel, award,
 * add_event, correct_event, statistics; {@code clientId} is the client's own id for this command,
 * which makes sending it again harmless.
 *
 * @param minute the match minute to record (optional: else the match clock's)
 * @param stoppage minutes added beyond the period's end, with {@code minute}
 * @param event the event to add, or the corrected facts for {@code correct_event}
 * @param eventId the event {@code correct_event} corrects
 * @param winner {@code home} or {@code away}, for {@code award}
 * @param kickoff the new kick-off, for {@code reschedule} (and optionally {@code postpone})
 * @param statistics the counts to record, for {@code statistics}
 */
public record MatchCommand(
    String matchId,
    String command,
    String clientId,
    Integer minute,
    Integer stoppage,
    EventInput event,
    String eventId,
    String winner,
    Instant kickoff,
    StatisticsInput statistics) {

  /** A lifecycle command with nothing but its name. */
  public static MatchCommand of(String matchId, String command, String clientId) {
    return new MatchCommand(matchId, command, clientId, null, null, null, null, null, null, null);
  }

  public MatchCommand withMinute(Integer newMinute) {
    return new MatchCommand(
        matchId,
        command,
        clientId,
        newMinute,
        stoppage,
        event,
        eventId,
        winner,
        kickoff,
        statistics);
  }
}

package com.sportshub.matches.query;

import java.util.List;
import java.util.Optional;

/**
 * What others may ask of the matches context. Implemented by the matches boundary; the WebSocket
 * layer uses it for snapshots, the REST layer for its reads.
 */
public interface MatchQueries {

  /** A match with its events and statistics, or empty when there is no such match. */
  Optional<MatchDetail> match(String matchId);

  /** The matches being played now (in play, at a break, in extra time or a shoot-out). */
  List<MatchView> live();

  /** Matches of a competition and/or a status (either may be null for any), at most 500. */
  List<MatchView> matches(String competition, String status);

  /**
   * A competition's table: {@code type} total, home or away; {@code season} a label such as
   * 2022-23, null for the current season; {@code live} counts matches in play (provisional). Empty
   * when the competition or season is unknown.
   */
  Optional<StandingsView> standings(String competition, String season, String type, boolean live);

  List<CompetitionView> competitions();

  /** Each feed's sync state. */
  SystemStatus systemStatus();

  /** Stale live matches, scores that disagree with events, missing kick-offs, feed errors. */
  DataQualityReport dataQuality();

  /** The commands applied to a match, oldest first; empty when there is no such match. */
  Optional<List<CommandEntry>> commands(String matchId);

  /** The referees assigned to a match; empty when there is no such match. */
  Optional<List<String>> referees(String matchId);
}

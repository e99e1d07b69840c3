package com.sportshub.matches.control.feed;

import com.sportshub.matches.commands.MatchFixture;
import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.MatchStatus;
import com.sportshub.matches.entity.Winner;
import java.time.Instant;

/**
 * A match as a feed or an import reports it, in the hub's terms. Anything the source did not say is
 * null: a null {@code status} keeps the one held (a status the hub could not map).
 *
 * @param period the half being played as the source counts them (1, 2; 3 and 4 for extra time)
 * @param score the goals of play so far (normal and extra time, never the shoot-out)
 * @param extraTime the goals of extra time alone, when the source says
 * @param winner who the source says won; used only for an awarded match
 */
public record FeedMatch(
    String matchId,
    String competition,
    String season,
    Integer matchday,
    Instant kickoff,
    String homeTeam,
    String awayTeam,
    MatchStatus status,
    Integer period,
    Integer minute,
    Integer stoppage,
    Goals score,
    Goals halfTime,
    Goals extraTime,
    Goals penalties,
    Winner winner) {

  public MatchFixture fixture() {
    return new MatchFixture(matchId, competition, season, matchday, kickoff, homeTeam, awayTeam);
  }
}

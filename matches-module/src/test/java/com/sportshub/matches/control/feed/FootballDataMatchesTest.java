package com.sportshub.matches.control.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.MatchStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against test resource feeds/football-data-matches.json (made up in the v4 shape). */
class FootballDataMatchesTest {

  private final List<FeedMatch> matches =
      FootballDataMatches.read(Fixtures.text("/feeds/football-data-matches.json"), "PL");

  @Test
  void readsAMatchAtHalfTime() {
    FeedMatch paused = matches.get(0);
    assertEquals("fd-700001", paused.matchId());
    assertEquals("PL", paused.competition());
    assertEquals("2026-27", paused.season());
    assertEquals(2, paused.matchday());
    assertEquals("Arsenal FC", paused.homeTeam());
    assertEquals(MatchStatus.PAUSED, paused.status());
    assertEquals(45, paused.minute());
    assertEquals(3, paused.stoppage());
    assertEquals(new Goals(1, 0), paused.score());
    assertEquals(new Goals(1, 0), paused.halfTime());
  }

  @Test
  void theShootOutIsTakenOutOfTheFullTimeScore() {
    FeedMatch shootout = matches.get(1);
    // fullTime 5-6 holds the shoot-out 4-5: play was 1-1 (regular 1-1, extra time 0-0)
    assertEquals(new Goals(1, 1), shootout.score());
    assertEquals(new Goals(0, 0), shootout.extraTime());
    assertEquals(new Goals(4, 5), shootout.penalties());
    assertEquals(MatchStatus.FINISHED, shootout.status());
  }

  @Test
  void anUnknownStatusWithoutAWinnerKeepsWhatIsHeld() {
    FeedMatch unknown = matches.get(2);
    assertNull(unknown.status());
    assertNull(unknown.score());
    assertEquals("2026-27", unknown.season(), "from the kick-off when the answer names no season");
  }

  @Test
  void anUnknownStatusWithAWinnerIsFinishedAndLiveIsInPlay() {
    assertEquals(MatchStatus.FINISHED, FootballDataMatches.status("SETTLED", "HOME_TEAM"));
    assertEquals(MatchStatus.IN_PLAY, FootballDataMatches.status("LIVE", null));
    assertEquals(MatchStatus.AWARDED, FootballDataMatches.status("AWARDED", "AWAY_TEAM"));
  }
}

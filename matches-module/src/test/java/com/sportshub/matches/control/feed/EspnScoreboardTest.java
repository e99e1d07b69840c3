package com.sportshub.matches.control.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.MatchStatus;
import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against test resource feeds/espn-scoreboard.json (made up in ESPN's shape). */
class EspnScoreboardTest {

  private final List<FeedMatch> matches =
      EspnScoreboard.read(Fixtures.text("/feeds/espn-scoreboard.json"), "PL");

  @Test
  void readsALiveMatchWithItsScoreHalfTimeScoreAndMinute() {
    FeedMatch live = matches.get(0);
    assertEquals("espn-900101", live.matchId());
    assertEquals("PL", live.competition());
    assertEquals("2026-27", live.season());
    assertEquals(Instant.parse("2026-08-22T14:00:00Z"), live.kickoff());
    assertEquals("Arsenal", live.homeTeam());
    assertEquals(MatchStatus.IN_PLAY, live.status());
    assertEquals(2, live.period());
    assertEquals(67, live.minute());
    assertEquals(new Goals(2, 1), live.score());
    assertEquals(new Goals(1, 0), live.halfTime());
    assertNull(live.extraTime());
  }

  @Test
  void anUnknownStatusNameThatIsPostAndCompletedIsFinished() {
    assertEquals(MatchStatus.FINISHED, matches.get(1).status());
    assertEquals(90, matches.get(1).minute());
    assertEquals(4, matches.get(1).stoppage());
  }

  @Test
  void aScheduledMatchIsTimedWithNoMinute() {
    assertEquals(MatchStatus.TIMED, matches.get(2).status());
    assertNull(matches.get(2).minute());
  }

  @Test
  void unknownNamesAreJudgedFromStateAndCompleted() {
    assertEquals(MatchStatus.TIMED, status("pre", false));
    assertEquals(MatchStatus.IN_PLAY, status("in", false));
    assertEquals(MatchStatus.POSTPONED, status("post", false));
    assertNull(status("sideways", false));
  }

  private static MatchStatus status(String state, boolean completed) {
    return EspnScoreboard.status(
        Json.createObjectBuilder()
            .add("name", "STATUS_NEVER_SEEN")
            .add("state", state)
            .add("completed", completed)
            .build());
  }

  @Test
  void theClockShowsAddedTimeAfterAPlus() {
    assertArrayEquals(new int[] {45, 2}, EspnScoreboard.clock("45'+2'"));
    assertArrayEquals(new int[] {12, 0}, EspnScoreboard.clock("12'"));
    assertNull(EspnScoreboard.clock("HT"));
  }

  @Test
  void anEventWithoutCompetitorsIsRefusedNamingIt() {
    InvalidMatchInput refused =
        assertThrows(
            InvalidMatchInput.class,
            () -> EspnScoreboard.read("{\"events\":[{\"id\":\"1\",\"competitions\":[{}]}]}", "PL"));
    assertEquals("events[0]", refused.field());
  }
}

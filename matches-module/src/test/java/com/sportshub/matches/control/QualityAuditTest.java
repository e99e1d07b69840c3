package com.sportshub.matches.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.matches.commands.MatchFixture;
import com.sportshub.matches.control.play.Pitch;
import com.sportshub.matches.control.play.ScoreBoard;
import com.sportshub.matches.entity.FeedReport;
import com.sportshub.matches.entity.FeedSync;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.Score;
import com.sportshub.matches.entity.Team;
import com.sportshub.matches.query.DataQualityReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityAuditTest {

  private static final Instant NOW = Pitch.KICKOFF.plusSeconds(3600);

  private static DataQualityReport audit(List<FootballMatch> matches, List<FeedSync> feeds) {
    return QualityAudit.of(matches, Map.of(), feeds, NOW, Duration.ofMinutes(10));
  }

  @Test
  void aLiveMatchUnchangedForLongerThanAllowedIsStale() {
    FootballMatch quiet = Pitch.match();
    quiet.moveTo(MatchPhase.FIRST_HALF, NOW.minusSeconds(11 * 60));
    DataQualityReport report = audit(List.of(quiet), List.of());
    assertEquals(1, report.counts().get(QualityAudit.STALE));
    assertEquals("m1", report.issues().get(0).matchId());
  }

  @Test
  void aStoredScoreTheEventsDoNotCountIsReported() {
    FootballMatch written = Pitch.in(MatchPhase.FIRST_HALF);
    written.touch(NOW);
    // 1-0 written with no goal event behind it
    written.score(new Score(new Goals(1, 0), null, null, null, null), null);
    assertEquals(1, audit(List.of(written), List.of()).counts().get(QualityAudit.SCORE));
  }

  @Test
  void aScheduledMatchWithoutAKickOffIsReported() {
    FootballMatch undated =
        new FootballMatch(
            new MatchFixture("m2", "PL", "2026-27", null, null, "A", "B"),
            new Team("A", null),
            new Team("B", null),
            "control",
            NOW);
    assertEquals(1, audit(List.of(undated), List.of()).counts().get(QualityAudit.KICKOFF));
  }

  @Test
  void aFeedWhoseLastPollsFailedIsReported() {
    FeedSync feed = new FeedSync("espn", "failing");
    feed.record(new FeedReport("espn", "failing", NOW, "HTTP 503", 0));
    DataQualityReport report = audit(List.of(), List.of(feed));
    assertEquals(1, report.counts().get(QualityAudit.FEED));
    assertEquals("espn", report.issues().get(0).feed());
  }

  @Test
  void aHealthyMatchGivesNoIssue() {
    FootballMatch fine = Pitch.in(MatchPhase.FIRST_HALF);
    fine.score(ScoreBoard.count(fine, List.of()), null);
    fine.touch(NOW);
    assertEquals(List.of(), audit(List.of(fine), List.of()).issues());
  }
}

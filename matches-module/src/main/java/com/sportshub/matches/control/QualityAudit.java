package com.sportshub.matches.control;

import com.sportshub.matches.control.play.ScoreBoard;
import com.sportshub.matches.entity.FeedSync;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.Score;
import com.sportshub.matches.query.DataQualityReport;
import com.sportshub.matches.query.QualityIssue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data quality report: live matches nothing has changed for longer than {@code staleAfter} (a
 * feed or referee gone quiet), matches whose stored score is not what their events count (written
 * around the score board), matches before kick-off without a kick-off time, and feeds whose last
 * polls failed.
 */
public final class QualityAudit {

  public static final String STALE = "stale_live_match";
  public static final String SCORE = "score_disagrees_with_events";
  public static final String KICKOFF = "missing_kickoff";
  public static final String FEED = "feed_error";

  private QualityAudit() {}

  public static DataQualityReport of(
      List<FootballMatch> matches,
      Map<String, List<MatchEvent>> events,
      List<FeedSync> feeds,
      Instant now,
      Duration staleAfter) {
    List<QualityIssue> issues = new ArrayList<>();
    for (FootballMatch m : matches) {
      if (m.status().live() && m.updatedAt().isBefore(now.minus(staleAfter))) {
        long quiet = Duration.between(m.updatedAt(), now).toMinutes();
        issues.add(
            issue(STALE, m, "live (" + m.status() + ") but unchanged for " + quiet + " min"));
      }
      Score counted = ScoreBoard.count(m, events.getOrDefault(m.id(), List.of()));
      if (!counted.equals(m.score())) {
        issues.add(
            issue(
                SCORE, m, "stored " + m.score().current() + ", events count " + counted.current()));
      }
      if (m.kickoff() == null && m.phase() == MatchPhase.PRE_MATCH) {
        issues.add(issue(KICKOFF, m, "scheduled without a kick-off time"));
      }
    }
    for (FeedSync f : feeds) {
      if (f.consecutiveFailures() > 0) {
        issues.add(
            new QualityIssue(
                FEED,
                null,
                f.feed(),
                f.consecutiveFailures() + " failed polls in a row; last: " + f.lastError()));
      }
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (String kind : List.of(STALE, SCORE, KICKOFF, FEED)) {
      counts.put(kind, (int) issues.stream().filter(i -> i.kind().equals(kind)).count());
    }
    return new DataQualityReport(now, matches.size(), counts, issues);
  }

  private static QualityIssue issue(String kind, FootballMatch m, String detail) {
    return new QualityIssue(kind, m.id(), null, detail);
  }
}

package com.sportshub.matches.control;

import com.sportshub.matches.entity.CommandRecord;
import com.sportshub.matches.entity.Competition;
import com.sportshub.matches.entity.FeedSync;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchEventType;
import com.sportshub.matches.entity.Score;
import com.sportshub.matches.entity.Side;
import com.sportshub.matches.entity.SideStatistics;
import com.sportshub.matches.entity.StatisticsCounts;
import com.sportshub.matches.entity.TableRow;
import com.sportshub.matches.entity.Team;
import com.sportshub.matches.query.CommandEntry;
import com.sportshub.matches.query.CompetitionView;
import com.sportshub.matches.query.FeedStatusView;
import com.sportshub.matches.query.MatchEventView;
import com.sportshub.matches.query.MatchView;
import com.sportshub.matches.query.ScoreLine;
import com.sportshub.matches.query.ScoreView;
import com.sportshub.matches.query.StandingRow;
import com.sportshub.matches.query.StatisticsView;
import com.sportshub.matches.query.TeamStatisticsView;
import com.sportshub.matches.query.TeamView;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Entities as the published read-only records the rest of the hub sees. */
public final class MatchViews {

  private MatchViews() {}

  public static MatchView of(FootballMatch m) {
    return new MatchView(
        m.id(),
        m.competition(),
        m.season().substring(m.season().indexOf(':') + 1),
        m.matchday(),
        m.kickoff(),
        of(m.homeTeam()),
        of(m.awayTeam()),
        m.status().name(),
        m.phase().wireName(),
        m.minute(),
        m.stoppage(),
        m.phase().ballInPlay() ? m.periodStartedAt() : null,
        of(m.score()),
        m.winner() == null ? null : m.winner().name(),
        m.source(),
        m.updatedAt());
  }

  private static TeamView of(Team t) {
    return new TeamView(t.id(), t.name(), t.shortName());
  }

  static ScoreView of(Score s) {
    return new ScoreView(
        line(s.current()),
        line(s.halfTime()),
        line(s.fullTime()),
        line(s.extraTime()),
        line(s.penalties()));
  }

  private static ScoreLine line(Goals goals) {
    return goals == null ? null : new ScoreLine(goals.home(), goals.away());
  }

  /** The event; {@code disallowed} holds the ids of goals a VAR decision took off. */
  public static MatchEventView of(MatchEvent e, Set<String> disallowed) {
    return new MatchEventView(
        e.id(),
        e.seq(),
        e.type().wireName(),
        e.side().wireName(),
        e.phase().wireName(),
        e.minute(),
        e.stoppage(),
        e.player(),
        e.relatedPlayer(),
        e.detail(),
        e.refersTo(),
        disallowed.contains(e.id()),
        e.correctedAt() != null,
        e.source(),
        e.recordedAt());
  }

  /** Both teams' statistics: the stored counts and the cards counted from the events. */
  public static StatisticsView statistics(Map<Side, SideStatistics> rows, List<MatchEvent> events) {
    return new StatisticsView(
        side(Side.HOME, rows.get(Side.HOME), events), side(Side.AWAY, rows.get(Side.AWAY), events));
  }

  private static TeamStatisticsView side(Side side, SideStatistics row, List<MatchEvent> events) {
    StatisticsCounts counts = row == null ? StatisticsCounts.NONE : row.counts();
    int yellow = 0;
    int red = 0;
    for (MatchEvent e : events) {
      if (e.side() == side) {
        yellow +=
            e.type() == MatchEventType.YELLOW_CARD || e.type() == MatchEventType.SECOND_YELLOW
                ? 1
                : 0;
        red +=
            e.type() == MatchEventType.RED_CARD || e.type() == MatchEventType.SECOND_YELLOW ? 1 : 0;
      }
    }
    return new TeamStatisticsView(
        counts.possession(),
        counts.shots(),
        counts.shotsOnTarget(),
        counts.corners(),
        counts.fouls(),
        yellow,
        red);
  }

  public static StandingRow of(TableRow r) {
    return new StandingRow(
        r.position(),
        r.team(),
        r.played(),
        r.won(),
        r.drawn(),
        r.lost(),
        r.goalsFor(),
        r.goalsAgainst(),
        r.goalDifference(),
        r.points(),
        r.pointsDeducted(),
        r.form());
  }

  public static FeedStatusView of(FeedSync f) {
    return new FeedStatusView(
        f.feed(),
        f.state(),
        f.lastAttempt(),
        f.lastSuccess(),
        f.lastError(),
        f.consecutiveFailures(),
        f.matchesUpdated());
  }

  public static CommandEntry of(CommandRecord r) {
    return new CommandEntry(
        r.clientId(),
        r.command(),
        r.issuedBy(),
        r.roles(),
        r.receivedAt(),
        r.phaseAfter().wireName(),
        r.eventId(),
        r.payload());
  }

  public static CompetitionView of(Competition c) {
    return new CompetitionView(
        c.code(),
        c.name(),
        c.points().win(),
        c.points().draw(),
        c.points().loss(),
        c.tieBreak().name(),
        c.currentSeason() == null
            ? null
            : c.currentSeason().substring(c.currentSeason().indexOf(':') + 1));
  }
}

package com.sportshub.matches.boundary;

import com.sportshub.matches.control.CatalogStore;
import com.sportshub.matches.control.CommandLog;
import com.sportshub.matches.control.FeedSyncStore;
import com.sportshub.matches.control.MatchStore;
import com.sportshub.matches.control.MatchViews;
import com.sportshub.matches.control.QualityAudit;
import com.sportshub.matches.control.RefereeRoster;
import com.sportshub.matches.control.play.ScoreBoard;
import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchStatus;
import com.sportshub.matches.query.CommandEntry;
import com.sportshub.matches.query.CompetitionView;
import com.sportshub.matches.query.DataQualityReport;
import com.sportshub.matches.query.FeedStatusView;
import com.sportshub.matches.query.MatchDetail;
import com.sportshub.matches.query.MatchQueries;
import com.sportshub.matches.query.MatchView;
import com.sportshub.matches.query.StandingsView;
import com.sportshub.matches.query.SystemStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers the matches context's published queries. Tables are answered by {@link StandingsReader}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MatchReader implements MatchQueries {

  private static final int MAX_MATCHES = 500;

  @Inject MatchStore matches;
  @Inject CatalogStore catalog;
  @Inject CommandLog log;
  @Inject RefereeRoster roster;
  @Inject FeedSyncStore feeds;
  @Inject StandingsReader standings;

  @Inject
  @ConfigProperty(name = "hub.matches.quality.stale-after", defaultValue = "PT10M")
  Duration staleAfter;

  @Override
  public Optional<MatchDetail> match(String matchId) {
    return matches
        .find(matchId)
        .map(
            m -> {
              List<MatchEvent> events = matches.events(m.id());
              Set<String> disallowed = ScoreBoard.disallowed(events);
              return new MatchDetail(
                  MatchViews.of(m),
                  events.stream().map(e -> MatchViews.of(e, disallowed)).toList(),
                  MatchViews.statistics(matches.storedStatistics(m.id()), events));
            });
  }

  @Override
  public List<MatchView> live() {
    return matches.withStatus(MatchStatus.LIVE).stream().map(MatchViews::of).toList();
  }

  @Override
  public List<MatchView> matches(String competition, String status) {
    MatchStatus wanted = MatchStatus.named(status);
    List<FootballMatch> found;
    if (competition != null) {
      found = matches.ofCompetition(competition, MAX_MATCHES);
    } else if (wanted != null) {
      found = matches.withStatus(Set.of(wanted));
    } else {
      found = matches.all(MAX_MATCHES);
    }
    return found.stream()
        .filter(m -> wanted == null || m.status() == wanted)
        .limit(MAX_MATCHES)
        .map(MatchViews::of)
        .toList();
  }

  @Override
  public Optional<StandingsView> standings(
      String competition, String season, String type, boolean live) {
    return standings.of(competition, season, type, live);
  }

  @Override
  public List<CompetitionView> competitions() {
    return catalog.competitions().stream().map(MatchViews::of).toList();
  }

  @Override
  public SystemStatus systemStatus() {
    List<FeedStatusView> states = feeds.all().stream().map(MatchViews::of).toList();
    boolean degraded =
        states.stream().anyMatch(f -> f.state().equals("failing") || f.state().equals("stopped"));
    return new SystemStatus(
        degraded ? "degraded" : "ok",
        states,
        matches.withStatus(MatchStatus.LIVE).size(),
        Instant.now());
  }

  @Override
  public DataQualityReport dataQuality() {
    Instant now = Instant.now();
    List<FootballMatch> audited =
        matches.audited(now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(7)));
    return QualityAudit.of(
        audited,
        matches.eventsOf(audited.stream().map(FootballMatch::id).toList()),
        feeds.all(),
        now,
        staleAfter);
  }

  @Override
  public Optional<List<CommandEntry>> commands(String matchId) {
    return matches
        .find(matchId)
        .map(m -> log.ofMatch(m.id()).stream().map(MatchViews::of).toList());
  }

  @Override
  public Optional<List<String>> referees(String matchId) {
    return matches.find(matchId).map(m -> roster.ofMatch(m.id()));
  }
}

package com.sportshub.matches.query;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.List;

/**
 * The one JSON shape of matches, tables and feed status, for REST answers, WebSocket snapshots and
 * updates alike, so a client reads them all with one model. Absent values are written as null, so
 * every object of a kind has the same fields.
 */
public final class MatchJson {

  private static final JsonProvider JSON = JsonProvider.provider();

  private MatchJson() {}

  public static JsonObjectBuilder match(MatchView m) {
    JsonObjectBuilder o = JSON.createObjectBuilder().add("matchId", m.matchId());
    o.add("competition", m.competition()).add("season", m.season());
    number(o, "matchday", m.matchday());
    time(o, "kickoff", m.kickoff());
    o.add("homeTeam", team(m.homeTeam())).add("awayTeam", team(m.awayTeam()));
    o.add("status", m.status()).add("phase", m.phase());
    number(o, "minute", m.minute());
    number(o, "stoppage", m.stoppage());
    time(o, "periodStartedAt", m.periodStartedAt());
    o.add("score", score(m.score()));
    text(o, "winner", m.winner());
    o.add("source", m.source());
    return o.add("updatedAt", m.updatedAt().toString());
  }

  private static JsonObjectBuilder team(TeamView t) {
    JsonObjectBuilder o =
        JSON.createObjectBuilder().add("teamId", t.teamId()).add("name", t.name());
    text(o, "shortName", t.shortName());
    return o;
  }

  private static JsonObjectBuilder score(ScoreView s) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    line(o, "current", s.current());
    line(o, "halfTime", s.halfTime());
    line(o, "fullTime", s.fullTime());
    line(o, "extraTime", s.extraTime());
    line(o, "penalties", s.penalties());
    return o;
  }

  private static void line(JsonObjectBuilder o, String name, ScoreLine line) {
    if (line == null) {
      o.addNull(name);
    } else {
      o.add(name, JSON.createObjectBuilder().add("home", line.home()).add("away", line.away()));
    }
  }

  public static JsonObjectBuilder event(MatchEventView e) {
    JsonObjectBuilder o =
        JSON.createObjectBuilder().add("eventId", e.eventId()).add("seq", e.seq());
    o.add("type", e.type()).add("side", e.side()).add("phase", e.phase());
    number(o, "minute", e.minute());
    number(o, "stoppage", e.stoppage());
    text(o, "player", e.player());
    text(o, "relatedPlayer", e.relatedPlayer());
    text(o, "detail", e.detail());
    text(o, "refersTo", e.refersTo());
    o.add("disallowed", e.disallowed()).add("corrected", e.corrected()).add("source", e.source());
    return o.add("recordedAt", e.recordedAt().toString());
  }

  public static JsonObjectBuilder statistics(StatisticsView s) {
    return JSON.createObjectBuilder()
        .add("home", teamStatistics(s.home()))
        .add("away", teamStatistics(s.away()));
  }

  private static JsonObjectBuilder teamStatistics(TeamStatisticsView t) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    number(o, "possession", t.possession());
    number(o, "shots", t.shots());
    number(o, "shotsOnTarget", t.shotsOnTarget());
    number(o, "corners", t.corners());
    number(o, "fouls", t.fouls());
    return o.add("yellowCards", t.yellowCards()).add("redCards", t.redCards());
  }

  /** {@code {match, events: [...], statistics}}. */
  public static JsonObjectBuilder detail(MatchDetail d) {
    JsonArrayBuilder events = JSON.createArrayBuilder();
    d.events().forEach(e -> events.add(event(e)));
    return JSON.createObjectBuilder()
        .add("match", match(d.match()))
        .add("events", events)
        .add("statistics", statistics(d.statistics()));
  }

  /**
   * A {@code match_update}: what changed ({@code change}: started, paused, event_added,
   * statistics...), the match as it now stands, the event concerned (or null) and, when they
   * changed, the statistics (else null).
   */
  public static JsonObjectBuilder update(
      String change, MatchView match, MatchEventView event, StatisticsView statistics) {
    JsonObjectBuilder o =
        JSON.createObjectBuilder().add("change", change).add("matchId", match.matchId());
    o.add("match", match(match));
    if (event == null) {
      o.addNull("event");
    } else {
      o.add("event", event(event));
    }
    if (statistics == null) {
      o.addNull("statistics");
    } else {
      o.add("statistics", statistics(statistics));
    }
    return o;
  }

  /** The live list: {@code {matches: [...], count, timestamp}} (the seed's shape). */
  public static JsonObjectBuilder live(List<MatchView> matches, Instant at) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    matches.forEach(m -> list.add(match(m)));
    return JSON.createObjectBuilder()
        .add("matches", list)
        .add("count", matches.size())
        .add("timestamp", at.toString());
  }

  public static JsonObjectBuilder standings(StandingsView s) {
    JsonArrayBuilder rows = JSON.createArrayBuilder();
    for (StandingRow r : s.rows()) {
      rows.add(
          JSON.createObjectBuilder()
              .add("position", r.position())
              .add("team", r.team())
              .add("played", r.played())
              .add("won", r.won())
              .add("drawn", r.drawn())
              .add("lost", r.lost())
              .add("goalsFor", r.goalsFor())
              .add("goalsAgainst", r.goalsAgainst())
              .add("goalDifference", r.goalDifference())
              .add("points", r.points())
              .add("pointsDeducted", r.pointsDeducted())
              .add("form", r.form()));
    }
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("competition", s.competition())
            .add("season", s.season())
            .add("type", s.type())
            .add("provisional", s.provisional());
    time(o, "computedAt", s.computedAt());
    return o.add("rows", rows);
  }

  public static JsonObjectBuilder systemStatus(SystemStatus s) {
    JsonArrayBuilder feeds = JSON.createArrayBuilder();
    for (FeedStatusView f : s.feeds()) {
      JsonObjectBuilder o =
          JSON.createObjectBuilder().add("feed", f.feed()).add("state", f.state());
      time(o, "lastAttempt", f.lastAttempt());
      time(o, "lastSuccess", f.lastSuccess());
      text(o, "lastError", f.lastError());
      feeds.add(
          o.add("consecutiveFailures", f.consecutiveFailures())
              .add("matchesUpdated", f.matchesUpdated()));
    }
    return JSON.createObjectBuilder()
        .add("status", s.status())
        .add("liveMatches", s.liveMatches())
        .add("feeds", feeds)
        .add("timestamp", s.at().toString());
  }

  public static JsonObjectBuilder dataQuality(DataQualityReport r) {
    JsonObjectBuilder counts = JSON.createObjectBuilder();
    r.counts().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> counts.add(e.getKey(), e.getValue()));
    JsonArrayBuilder issues = JSON.createArrayBuilder();
    for (QualityIssue i : r.issues()) {
      JsonObjectBuilder o = JSON.createObjectBuilder().add("kind", i.kind());
      text(o, "matchId", i.matchId());
      text(o, "feed", i.feed());
      issues.add(o.add("detail", i.detail()));
    }
    return JSON.createObjectBuilder()
        .add("generatedAt", r.generatedAt().toString())
        .add("matchesChecked", r.matchesChecked())
        .add("counts", counts)
        .add("issues", issues);
  }

  private static void text(JsonObjectBuilder o, String name, String value) {
    if (value == null) {
      o.addNull(name);
    } else {
      o.add(name, value);
    }
  }

  private static void number(JsonObjectBuilder o, String name, Integer value) {
    if (value == null) {
      o.addNull(name);
    } else {
      o.add(name, value);
    }
  }

  private static void time(JsonObjectBuilder o, String name, Instant value) {
    text(o, name, value == null ? null : value.toString());
  }
}

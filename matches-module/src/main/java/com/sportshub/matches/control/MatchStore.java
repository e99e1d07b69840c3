package com.sportshub.matches.control;

import com.sportshub.matches.entity.FootballMatch;
import com.sportshub.matches.entity.MatchEvent;
import com.sportshub.matches.entity.MatchStatus;
import com.sportshub.matches.entity.Side;
import com.sportshub.matches.entity.SideStatistics;
import com.sportshub.matches.entity.StatisticsCounts;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Matches, their events and statistics in PostgreSQL. */
@Dependent
public class MatchStore {

  @PersistenceContext(unitName = "matches")
  EntityManager em;

  public Optional<FootballMatch> find(String matchId) {
    return Optional.ofNullable(em.find(FootballMatch.class, matchId));
  }

  /**
   * The match, locked until the transaction ends, so that two writers of one match (on any node)
   * apply their changes one after the other.
   */
  public Optional<FootballMatch> lock(String matchId) {
    return Optional.ofNullable(
        em.find(FootballMatch.class, matchId, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * Stores a new match at once: its events, statistics and commands refer to it by key, not by a
   * mapped relation, so EclipseLink would not know to insert it before them.
   */
  public void add(FootballMatch match) {
    em.persist(match);
    em.flush();
  }

  public List<FootballMatch> withStatus(Collection<MatchStatus> statuses) {
    return em.createNamedQuery(FootballMatch.WITH_STATUS, FootballMatch.class)
        .setParameter("statuses", statuses)
        .getResultList();
  }

  public List<FootballMatch> ofSeason(String seasonId) {
    return em.createNamedQuery(FootballMatch.OF_SEASON, FootballMatch.class)
        .setParameter("season", seasonId)
        .getResultList();
  }

  public List<FootballMatch> ofCompetition(String code, int limit) {
    return em.createNamedQuery(FootballMatch.OF_COMPETITION, FootballMatch.class)
        .setParameter("competition", code)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<FootballMatch> all(int limit) {
    return em.createQuery(
            "select m from FootballMatch m order by m.kickoff, m.id", FootballMatch.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The matches a data quality check looks at: live, without kick-off, or kicking off near now. */
  public List<FootballMatch> audited(Instant from, Instant to) {
    return em.createNamedQuery(FootballMatch.AUDITED, FootballMatch.class)
        .setParameter("live", MatchStatus.LIVE)
        .setParameter("from", from.atOffset(ZoneOffset.UTC))
        .setParameter("to", to.atOffset(ZoneOffset.UTC))
        .setMaxResults(2_000)
        .getResultList();
  }

  /** The match's events in recorded order, as a list the caller may add to. */
  public List<MatchEvent> events(String matchId) {
    return new ArrayList<>(
        em.createNamedQuery(MatchEvent.OF_MATCH, MatchEvent.class)
            .setParameter("matchId", matchId)
            .getResultList());
  }

  /** The events of these matches by match id (matches without events are absent). */
  public Map<String, List<MatchEvent>> eventsOf(Collection<String> matchIds) {
    Map<String, List<MatchEvent>> byMatch = new HashMap<>();
    if (matchIds.isEmpty()) {
      return byMatch;
    }
    em.createNamedQuery(MatchEvent.OF_MATCHES, MatchEvent.class)
        .setParameter("matchIds", matchIds)
        .getResultList()
        .forEach(e -> byMatch.computeIfAbsent(e.matchId(), id -> new ArrayList<>()).add(e));
    return byMatch;
  }

  public void addEvent(MatchEvent event) {
    em.persist(event);
  }

  /** Both teams' statistics rows of the match, created (and stored) when missing. */
  public Map<Side, SideStatistics> statistics(String matchId) {
    Map<Side, SideStatistics> rows = new EnumMap<>(Side.class);
    em.createNamedQuery(SideStatistics.OF_MATCH, SideStatistics.class)
        .setParameter("matchId", matchId)
        .getResultList()
        .forEach(s -> rows.put(s.side(), s));
    for (Side side : Side.values()) {
      rows.computeIfAbsent(
          side,
          s -> {
            SideStatistics created = new SideStatistics(matchId, s);
            created.update(StatisticsCounts.NONE, Instant.now());
            em.persist(created);
            return created;
          });
    }
    return rows;
  }

  /** Both teams' statistics rows as stored, without creating any. */
  public Map<Side, SideStatistics> storedStatistics(String matchId) {
    Map<Side, SideStatistics> rows = new EnumMap<>(Side.class);
    em.createNamedQuery(SideStatistics.OF_MATCH, SideStatistics.class)
        .setParameter("matchId", matchId)
        .getResultList()
        .forEach(s -> rows.put(s.side(), s));
    return rows;
  }
}

package com.sportshub.matches.control;

import com.sportshub.matches.entity.Competition;
import com.sportshub.matches.entity.Season;
import com.sportshub.matches.entity.Team;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Competitions, seasons and teams in PostgreSQL; each created with defaults the first time a match
 * names it.
 */
@Dependent
public class CatalogStore {

  @PersistenceContext(unitName = "matches")
  EntityManager em;

  public Optional<Competition> competition(String code) {
    return Optional.ofNullable(em.find(Competition.class, code));
  }

  /** The competition, locked for the transaction (to move its current season), or created. */
  public Competition competitionForUpdate(String code) {
    Competition found = em.find(Competition.class, code, LockModeType.PESSIMISTIC_WRITE);
    if (found == null) {
      found = CompetitionCatalog.defaultsFor(code);
      em.persist(found);
      em.flush();
    }
    return found;
  }

  public List<Competition> competitions() {
    return em.createNamedQuery(Competition.ALL, Competition.class).getResultList();
  }

  public Optional<Season> season(String seasonId) {
    return Optional.ofNullable(em.find(Season.class, seasonId));
  }

  /** The season of the competition, created when new; it becomes current if it is the latest. */
  public Season season(Competition competition, String label) {
    Season season = em.find(Season.class, Season.idOf(competition.code(), label));
    if (season == null) {
      season = new Season(competition.code(), label);
      em.persist(season);
      // Written now: matches refer to it by key, not by a mapped relation, so EclipseLink would
      // not know to insert it before them.
      em.flush();
    }
    competition.offerSeason(season.id(), label);
    return season;
  }

  /** The team of that name, created when new. */
  public Team team(String name, String shortName) {
    Team team = em.find(Team.class, Team.idOf(name));
    if (team == null) {
      team = new Team(name, shortName);
      em.persist(team);
    }
    return team;
  }
}

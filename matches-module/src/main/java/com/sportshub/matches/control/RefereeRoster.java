package com.sportshub.matches.control;

import com.sportshub.matches.entity.RefereeAssignment;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Which referees control which matches. */
@Dependent
public class RefereeRoster {

  @PersistenceContext(unitName = "matches")
  EntityManager em;

  public boolean assigned(String matchId, String referee) {
    return em.find(RefereeAssignment.class, new RefereeAssignment.Key(matchId, referee)) != null;
  }

  /** Assigns the referee; true when they were not assigned before. */
  public boolean assign(String matchId, String referee, String admin, Instant now) {
    if (assigned(matchId, referee)) {
      return false;
    }
    em.persist(new RefereeAssignment(matchId, referee, admin, now));
    return true;
  }

  /** Withdraws the assignment; true when there was one. */
  public boolean withdraw(String matchId, String referee) {
    RefereeAssignment found =
        em.find(RefereeAssignment.class, new RefereeAssignment.Key(matchId, referee));
    if (found == null) {
      return false;
    }
    em.remove(found);
    return true;
  }

  public List<String> ofMatch(String matchId) {
    return em
        .createNamedQuery(RefereeAssignment.OF_MATCH, RefereeAssignment.class)
        .setParameter("matchId", matchId)
        .getResultList()
        .stream()
        .map(RefereeAssignment::referee)
        .toList();
  }
}

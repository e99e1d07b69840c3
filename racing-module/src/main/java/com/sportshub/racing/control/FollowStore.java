package com.sportshub.racing.control;

import com.sportshub.racing.entity.Follow;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Who follows which race or runner, in PostgreSQL. */
@Dependent
public class FollowStore {

  @PersistenceContext(unitName = "racing")
  EntityManager em;

  /** Follows, unless already followed; returns the follow either way. */
  public Follow follow(String subject, String raceId, int cloth, Instant now) {
    Follow held = em.find(Follow.class, new Follow.Key(subject, raceId, cloth));
    if (held != null) {
      return held;
    }
    Follow follow = new Follow(subject, raceId, cloth, now);
    em.persist(follow);
    return follow;
  }

  /** Stops following; false when it was not followed. */
  public boolean unfollow(String subject, String raceId, int cloth) {
    Follow held = em.find(Follow.class, new Follow.Key(subject, raceId, cloth));
    if (held == null) {
      return false;
    }
    em.remove(held);
    return true;
  }

  /** The follows of a race, whole or by runner, ordered by subject. */
  public List<Follow> ofRace(String raceId) {
    return em.createNamedQuery(Follow.OF_RACE, Follow.class)
        .setParameter("raceId", raceId)
        .getResultList();
  }

  public List<Follow> ofSubject(String subject) {
    return em.createNamedQuery(Follow.OF_SUBJECT, Follow.class)
        .setParameter("subject", subject)
        .getResultList();
  }
}

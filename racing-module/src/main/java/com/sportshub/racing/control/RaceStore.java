package com.sportshub.racing.control;

import com.sportshub.racing.entity.Race;
import com.sportshub.racing.entity.StatusChange;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Races and the history of their states in PostgreSQL. */
@Dependent
public class RaceStore {

  @PersistenceContext(unitName = "racing")
  EntityManager em;

  public Optional<Race> find(String id) {
    return Optional.ofNullable(em.find(Race.class, id));
  }

  /**
   * The race, locked until the transaction ends, so that two writers of one race (on any node)
   * apply their changes one after the other.
   */
  public Optional<Race> lock(String id) {
    return Optional.ofNullable(em.find(Race.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public List<Race> ofMeetings(Collection<String> meetingIds) {
    if (meetingIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(Race.OF_MEETINGS, Race.class)
        .setParameter("meetingIds", meetingIds)
        .getResultList();
  }

  public boolean numberTaken(String meetingId, int number) {
    return !em.createNamedQuery(Race.NUMBERED, Race.class)
        .setParameter("meetingId", meetingId)
        .setParameter("number", number)
        .getResultList()
        .isEmpty();
  }

  public void add(Race race) {
    em.persist(race);
  }

  public void remember(StatusChange change) {
    em.persist(change);
  }

  /** Every state the race has been in, oldest first. */
  public List<StatusChange> history(String raceId) {
    return em.createNamedQuery(StatusChange.OF_RACE, StatusChange.class)
        .setParameter("raceId", raceId)
        .getResultList();
  }
}

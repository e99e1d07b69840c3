package com.sportshub.racing.control;

import com.sportshub.racing.entity.Meeting;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Meetings in PostgreSQL. */
@Dependent
public class MeetingStore {

  @PersistenceContext(unitName = "racing")
  EntityManager em;

  public Optional<Meeting> find(String id) {
    return Optional.ofNullable(em.find(Meeting.class, id));
  }

  /** The meeting, locked until the transaction ends: its status follows its races'. */
  public Optional<Meeting> lock(String id) {
    return Optional.ofNullable(em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public List<Meeting> on(LocalDate date) {
    return em.createNamedQuery(Meeting.ON_DATE, Meeting.class)
        .setParameter("date", date)
        .getResultList();
  }

  public void add(Meeting meeting) {
    em.persist(meeting);
  }
}

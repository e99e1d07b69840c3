package com.sportshub.odds.control;

import com.sportshub.odds.entity.EventStatus;
import com.sportshub.odds.entity.Sport;
import com.sportshub.odds.entity.SportEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sports and events in PostgreSQL. */
@Dependent
public class EventStore {

  @PersistenceContext(unitName = "odds")
  EntityManager em;

  /**
   * The events with these ids that exist, locked until the transaction ends, so that two writers of
   * one event (on any node) apply their batches one after the other and never diff against a book
   * the other is changing.
   */
  public Map<String, SportEvent> lockAll(Collection<String> ids) {
    Map<String, SportEvent> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    em.createNamedQuery(SportEvent.BY_IDS, SportEvent.class)
        .setParameter("ids", ids)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(event -> found.put(event.id(), event));
    return found;
  }

  public Optional<SportEvent> find(String id) {
    return Optional.ofNullable(em.find(SportEvent.class, id));
  }

  public List<SportEvent> ofSport(String sportKey, Collection<EventStatus> statuses) {
    return em.createNamedQuery(SportEvent.OF_SPORT, SportEvent.class)
        .setParameter("sportKey", sportKey)
        .setParameter("statuses", statuses)
        .getResultList();
  }

  public List<SportEvent> live() {
    return em.createQuery(
            "select e from SportEvent e where e.status = :live order by e.sportKey, e.commenceTime",
            SportEvent.class)
        .setParameter("live", EventStatus.LIVE)
        .getResultList();
  }

  public void add(SportEvent event) {
    em.persist(event);
  }

  /** The sport, added with the feed's title when it is new; its group is the key's first word. */
  public Sport sport(String key, String title) {
    Sport sport = em.find(Sport.class, key);
    if (sport == null) {
      String group = key.contains("_") ? key.substring(0, key.indexOf('_')) : key;
      sport = new Sport(key, title == null || title.isBlank() ? key : title, capitalise(group));
      em.persist(sport);
    }
    return sport;
  }

  public List<Sport> sports() {
    return em.createNamedQuery(Sport.ALL, Sport.class).getResultList();
  }

  private static String capitalise(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}

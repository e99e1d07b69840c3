package com.sportshub.odds.control;

import com.sportshub.odds.entity.Price;
import com.sportshub.odds.entity.PriceChange;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Current prices and their history in PostgreSQL. */
@Dependent
public class PriceStore {

  @PersistenceContext(unitName = "odds")
  EntityManager em;

  /** The current prices of these events, by event id (events without prices are absent). */
  public Map<String, List<Price>> ofEvents(Collection<String> eventIds) {
    Map<String, List<Price>> byEvent = new HashMap<>();
    if (eventIds.isEmpty()) {
      return byEvent;
    }
    em.createNamedQuery(Price.OF_EVENTS, Price.class)
        .setParameter("eventIds", eventIds)
        .getResultList()
        .forEach(p -> byEvent.computeIfAbsent(p.eventId(), id -> new ArrayList<>()).add(p));
    return byEvent;
  }

  public List<Price> ofSport(String sportKey) {
    return em.createNamedQuery(Price.OF_SPORT, Price.class)
        .setParameter("sportKey", sportKey)
        .getResultList();
  }

  public void add(Price price) {
    em.persist(price);
  }

  /** Appends the price as it now is to the history. */
  public void remember(Price price, Instant now, String source) {
    em.persist(new PriceChange(price, now, source));
  }

  public List<PriceChange> history(String eventId, Instant from, Instant to) {
    return em.createNamedQuery(PriceChange.OF_EVENT, PriceChange.class)
        .setParameter("eventId", eventId)
        .setParameter("from", from.atOffset(ZoneOffset.UTC))
        .setParameter("to", to.atOffset(ZoneOffset.UTC))
        .getResultList();
  }

  /** The history of these events recorded since the instant, by event id, oldest first. */
  public Map<String, List<PriceChange>> historySince(Collection<String> eventIds, Instant from) {
    Map<String, List<PriceChange>> byEvent = new HashMap<>();
    if (eventIds.isEmpty()) {
      return byEvent;
    }
    em.createNamedQuery(PriceChange.OF_EVENTS_SINCE, PriceChange.class)
        .setParameter("eventIds", eventIds)
        .setParameter("from", from.atOffset(ZoneOffset.UTC))
        .getResultList()
        .forEach(c -> byEvent.computeIfAbsent(c.eventId(), id -> new ArrayList<>()).add(c));
    return byEvent;
  }

  /** Deletes the history recorded before the instant; returns how many entries went. */
  public int forgetBefore(Instant before) {
    return em.createNamedQuery(PriceChange.OLDER_THAN)
        .setParameter("before", before.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}

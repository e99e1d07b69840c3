package com.sportshub.odds.control;

import com.sportshub.odds.entity.Price;
import com.sportshub.odds.entity.PriceQuote;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Current prices in PostgreSQL: writes only what changed, reads an event's book. */
@Dependent
public class PriceStore {

  @PersistenceContext(unitName = "odds")
  EntityManager em;

  /** Stores the quote; true when it is new or moved the price, false when it repeats it. */
  public boolean store(PriceQuote quote) {
    List<Price> existing =
        em.createNamedQuery(Price.BY_KEY, Price.class)
            .setParameter("eventId", quote.eventId())
            .setParameter("market", quote.market())
            .setParameter("outcome", quote.outcome())
            .setParameter("bookmaker", quote.bookmaker())
            .getResultList();
    if (existing.isEmpty()) {
      em.persist(new Price(quote));
      return true;
    }
    return existing.get(0).moveTo(quote);
  }

  public List<PriceQuote> pricesOfSport(String sportKey) {
    return em
        .createNamedQuery(Price.OF_SPORT, Price.class)
        .setParameter("sportKey", sportKey)
        .getResultList()
        .stream()
        .map(Price::toQuote)
        .toList();
  }

  public List<PriceQuote> pricesOf(String eventId) {
    return em
        .createNamedQuery(Price.OF_EVENT, Price.class)
        .setParameter("eventId", eventId)
        .getResultList()
        .stream()
        .map(Price::toQuote)
        .toList();
  }
}

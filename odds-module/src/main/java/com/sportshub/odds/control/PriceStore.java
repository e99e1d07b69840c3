package com.sportshub.odds.control;

import com.sportshub.odds.entity.Price;
import com.sportshub.odds.entity.PriceChange;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

  private static final String UPDATE =
      "UPDATE odds.price SET price = ?, point = ?, last_update = ?, updated_at = ?"
          + " WHERE event_id = ? AND market = ? AND outcome = ? AND bookmaker = ?";

  @PersistenceContext(unitName = "odds")
  EntityManager em;

  @Inject BookCache cache;

  /**
   * The prices of these events as unmanaged copies, by event id, from the books this node keeps
   * where the event's book version (read under the event's lock) says they are current, and from
   * the database for the rest. Changes to them are written with {@link #add} and {@link #update}.
   */
  public Map<String, List<Price>> booksAt(Map<String, Long> versions) {
    Map<String, List<Price>> books = new HashMap<>();
    List<String> missing = new ArrayList<>();
    versions.forEach(
        (eventId, version) ->
            cache
                .at(eventId, version)
                .ifPresentOrElse(book -> books.put(eventId, book), () -> missing.add(eventId)));
    ofEvents(missing)
        .forEach((eventId, book) -> books.put(eventId, book.stream().map(Price::copy).toList()));
    return books;
  }

  /**
   * Writes the new values of prices already stored, in one JDBC batch on the transaction's
   * connection. (They are copies, not managed entities: managing them would mean reading them.)
   */
  public void update(Collection<Price> moved) {
    if (moved.isEmpty()) {
      return;
    }
    try {
      PreparedStatement update = em.unwrap(Connection.class).prepareStatement(UPDATE);
      try (update) {
        for (Price price : moved) {
          update.setBigDecimal(1, price.decimal());
          update.setBigDecimal(2, price.point());
          update.setObject(3, price.lastUpdate().atOffset(ZoneOffset.UTC));
          update.setObject(4, price.updatedAt());
          update.setString(5, price.eventId());
          update.setString(6, price.market());
          update.setString(7, price.outcome());
          update.setString(8, price.bookmaker());
          update.addBatch();
        }
        for (int count : update.executeBatch()) {
          if (count == 0) {
            throw new IllegalStateException("a price to update is not in the database");
          }
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("cannot update prices", e);
    }
  }

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

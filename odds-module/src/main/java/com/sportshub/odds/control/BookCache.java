package com.sportshub.odds.control;

import com.sportshub.odds.entity.Price;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The books this node last wrote or read, each with the event's book version at the time, so that a
 * feed batch need not read its events' prices again. A kept book is used only when the version on
 * the event row the batch has just locked is the same: any node that writes a price counts the
 * version up in the same transaction, so an equal version means nobody wrote since. Books are kept
 * after commit only (a transaction that does not commit forgets them) and handed out as copies, so
 * nothing changes a kept one.
 *
 * <p>At most {@code hub.odds.book-cache.prices} prices are kept (about half a kilobyte each, by
 * their fields; not measured); past that, books are dropped in no particular order: a dropped book
 * is read again when next needed, so the bound costs reads, never correctness.
 */
@ApplicationScoped
public class BookCache {

  private record Kept(long version, List<Price> prices) {}

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();
  private final AtomicLong prices = new AtomicLong();

  @Inject
  @ConfigProperty(name = "hub.odds.book-cache.prices", defaultValue = "100000")
  long maxPrices;

  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * Keeps these books at these versions once the current transaction commits, and forgets them if
   * it ends any other way. The caller must hold the events until the transaction has ended (as
   * {@code OddsFeed} does), so that no later batch of this node reads the book in between.
   */
  public void keepWhenCommitted(Map<String, Long> versions, Map<String, List<Price>> books) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              books.forEach((eventId, book) -> keep(eventId, versions.get(eventId), book));
            } else {
              forget(books.keySet());
            }
          }
        });
  }

  /** A copy of the event's book if it is kept at this version. */
  public Optional<List<Price>> at(String eventId, long version) {
    Kept book = kept.get(eventId);
    if (book == null || book.version() != version) {
      return Optional.empty();
    }
    return Optional.of(book.prices().stream().map(Price::copy).toList());
  }

  /**
   * Keeps a copy of the book as committed at this version, unless a later one is kept. A copy, not
   * the given prices: those were the transaction's entities, and a woven entity may still point
   * into the persistence unit's session.
   */
  public void keep(String eventId, long version, Collection<Price> book) {
    Kept given = new Kept(version, book.stream().map(Price::copy).toList());
    kept.compute(
        eventId,
        (id, held) -> {
          if (held != null && held.version() > version) {
            return held;
          }
          prices.addAndGet(given.prices().size() - (held == null ? 0 : held.prices().size()));
          return given;
        });
    Iterator<String> ids = kept.keySet().iterator();
    while (prices.get() > maxPrices && ids.hasNext()) {
      forget(List.of(ids.next()));
    }
  }

  /** Forgets these events' books: they will be read again when next needed. */
  public void forget(Collection<String> eventIds) {
    for (String eventId : eventIds) {
      kept.computeIfPresent(
          eventId,
          (id, held) -> {
            prices.addAndGet(-held.prices().size());
            return null;
          });
    }
  }

  /** How many prices are kept, in how many books. */
  public long prices() {
    return prices.get();
  }

  public int books() {
    return kept.size();
  }
}

package com.sportshub.odds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.odds.entity.FeedOutcome;
import com.sportshub.odds.entity.MarketType;
import com.sportshub.odds.entity.Price;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookCacheTest {

  private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");

  private final BookCache cache = new BookCache();

  BookCacheTest() {
    cache.maxPrices = 100;
  }

  private static Price home(String price) {
    return new Price(
        "soccer_epl",
        "e1",
        MarketType.H2H,
        "bet365",
        new FeedOutcome("Home", new BigDecimal(price), null),
        T0,
        T0);
  }

  private static List<String> prices(List<Price> book) {
    return book.stream().map(p -> p.decimal().toPlainString()).toList();
  }

  @Test
  void aKeptBookIsHandedOutOnlyAtTheVersionItWasKeptAt() {
    cache.keep("e1", 7, List.of(home("1.90")));

    assertEquals(List.of("1.90"), prices(cache.at("e1", 7).orElseThrow()));
    assertTrue(cache.at("e1", 8).isEmpty(), "someone wrote since");
    assertTrue(cache.at("e1", 6).isEmpty());
    assertTrue(cache.at("e2", 7).isEmpty(), "never kept");
  }

  @Test
  void changingAHandedOutBookLeavesTheKeptOneAsItWas() {
    cache.keep("e1", 1, List.of(home("1.90")));

    Price handedOut = cache.at("e1", 1).orElseThrow().get(0);
    handedOut.moveTo(new FeedOutcome("Home", new BigDecimal("2.10"), null), T0.plusSeconds(1), T0);

    assertEquals(List.of("1.90"), prices(cache.at("e1", 1).orElseThrow()));
  }

  @Test
  void changingTheGivenBookAfterKeepingItLeavesTheKeptOneAsItWas() {
    Price given = home("1.90");
    cache.keep("e1", 1, List.of(given));

    given.moveTo(new FeedOutcome("Home", new BigDecimal("2.10"), null), T0.plusSeconds(1), T0);

    assertEquals(List.of("1.90"), prices(cache.at("e1", 1).orElseThrow()));
  }

  @Test
  void anOlderBookKeptLateDoesNotReplaceANewerOne() {
    cache.keep("e1", 5, List.of(home("2.00")));
    cache.keep("e1", 4, List.of(home("1.90")));

    assertEquals(List.of("2.00"), prices(cache.at("e1", 5).orElseThrow()));
    assertTrue(cache.at("e1", 4).isEmpty());
  }

  @Test
  void aBookIsKeptWhenItsTransactionCommitsAndNotBefore() {
    Transactions transactions = new Transactions();
    cache.transactions = transactions;

    cache.keepWhenCommitted(Map.of("e1", 3L), Map.of("e1", List.of(home("1.95"))));
    assertTrue(cache.at("e1", 3).isEmpty(), "not before the commit");
    transactions.end(Status.STATUS_COMMITTED);

    assertEquals(List.of("1.95"), prices(cache.at("e1", 3).orElseThrow()));
  }

  @Test
  void aTransactionThatRollsBackForgetsTheBooksItWouldHaveKept() {
    Transactions transactions = new Transactions();
    cache.transactions = transactions;
    cache.keep("e1", 2, List.of(home("1.90")));

    cache.keepWhenCommitted(Map.of("e1", 3L), Map.of("e1", List.of(home("1.95"))));
    transactions.end(Status.STATUS_ROLLEDBACK);

    assertTrue(cache.at("e1", 3).isEmpty());
    assertTrue(cache.at("e1", 2).isEmpty(), "read again rather than trusted");
    assertEquals(0, cache.books());
    assertEquals(0, cache.prices());
  }

  @Test
  void aBookKeptAgainIsCountedOnce() {
    cache.keep("e1", 1, List.of(home("1.90")));
    cache.keep("e1", 2, List.of(home("2.00")));

    assertEquals(1, cache.prices());
    assertEquals(1, cache.books());
  }

  @Test
  void pastItsBoundTheCacheDropsBooksUntilItHoldsNoMoreThanTheBound() {
    cache.maxPrices = 3;
    cache.keep("e1", 1, List.of(home("1.90"), home("1.91")));
    cache.keep("e2", 1, List.of(home("1.92"), home("1.93")));

    assertEquals(1, cache.books(), "one of the two books dropped");
    assertEquals(2, cache.prices());
    assertTrue(cache.at("e1", 1).isPresent() ^ cache.at("e2", 1).isPresent());
  }

  @Test
  void aForgottenBookIsNoLongerHandedOutOrCounted() {
    cache.keep("e1", 1, List.of(home("1.90")));
    cache.keep("e2", 1, List.of(home("1.92")));

    cache.forget(List.of("e1", "e3"));

    assertTrue(cache.at("e1", 1).isEmpty());
    assertTrue(cache.at("e2", 1).isPresent());
    assertEquals(1, cache.prices());
  }

  /** The one transaction of a test: its synchronizations run when the test ends it. */
  private static final class Transactions implements TransactionSynchronizationRegistry {
    private final List<Synchronization> registered = new ArrayList<>();

    void end(int status) {
      registered.forEach(Synchronization::beforeCompletion);
      registered.forEach(s -> s.afterCompletion(status));
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      registered.add(sync);
    }

    @Override
    public Object getTransactionKey() {
      return this;
    }

    @Override
    public void putResource(Object key, Object value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object getResource(Object key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
      return Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}

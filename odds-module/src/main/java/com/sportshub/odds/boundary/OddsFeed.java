package com.sportshub.odds.boundary;

import com.sportshub.odds.control.feed.OddsApiFormat;
import com.sportshub.odds.entity.FeedEvent;
import com.sportshub.odds.entity.InvalidFeed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where every feed (REST push, poller, simulator) hands in its batches.
 *
 * <p>It holds a lock per event (striped) from before the transaction until after its publications:
 * observers publish after commit, on the committing thread, so without it a later batch of the same
 * event could reach clients before an earlier one. Locks are taken in stripe order, so two batches
 * can never wait for each other. Across nodes the database row lock orders the writes.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OddsFeed {

  private static final int STRIPES = 64;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  @Inject OddsIntake intake;

  public OddsFeed() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /**
   * Reads a message in The Odds API v4 shape ({@code oddsFormat} decimal or american) and applies
   * it; an invalid message is refused whole with {@link InvalidFeed} naming the field.
   */
  public IntakeResult ingest(JsonValue message, String oddsFormat, String source) {
    return ingest(OddsApiFormat.of(oddsFormat).read(message), source);
  }

  /** Applies the batch in one transaction and publishes what changed before returning. */
  public IntakeResult ingest(List<FeedEvent> batch, String source) {
    if (batch.isEmpty()) {
      return new IntakeResult(0, 0, 0);
    }
    TreeSet<Integer> held = new TreeSet<>();
    batch.forEach(event -> held.add(Math.floorMod(event.id().hashCode(), STRIPES)));
    held.forEach(stripe -> stripes[stripe].lock());
    try {
      return intake.apply(batch, source);
    } finally {
      held.descendingSet().forEach(stripe -> stripes[stripe].unlock());
    }
  }
}

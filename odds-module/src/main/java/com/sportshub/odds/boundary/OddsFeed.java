package com.sportshub.odds.boundary;

import com.sportshub.odds.control.EventLocks;
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

/**
 * Where every feed (REST push, poller, simulator) hands in its batches.
 *
 * <p>It holds a lock per event from before the transaction until after its publications: observers
 * publish after commit, on the committing thread, so without it a later batch of the same event
 * could reach clients before an earlier one. Across nodes the database row lock orders the writes.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OddsFeed {

  private final EventLocks locks = new EventLocks();

  @Inject OddsIntake intake;

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
    List<String> held = locks.lock(batch.stream().map(FeedEvent::id).toList());
    try {
      return intake.apply(batch, source);
    } finally {
      locks.unlock(held);
    }
  }
}

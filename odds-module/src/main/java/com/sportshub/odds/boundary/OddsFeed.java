package com.sportshub.odds.boundary;

import com.sportshub.odds.control.EventLocks;
import com.sportshub.odds.control.feed.OddsApiFormat;
import com.sportshub.odds.entity.FeedEvent;
import com.sportshub.odds.entity.InvalidFeed;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.List;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

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

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry metrics;

  private Counter changes;
  private Histogram latency;

  /** Once per batch, not per price: the references are kept, so a batch costs two updates. */
  @PostConstruct
  void registerMetrics() {
    changes =
        metrics.counter(
            Metadata.builder()
                .withName("hub.odds.changes")
                .withDescription("bookmaker prices that changed in the odds intake")
                .build());
    latency =
        metrics.histogram(
            Metadata.builder()
                .withName("hub.odds.intake")
                .withDescription("an odds batch from arrival to published (locks, transaction)")
                .withUnit(MetricUnits.MILLISECONDS)
                .build());
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
    long start = System.nanoTime();
    List<String> held = locks.lock(batch.stream().map(FeedEvent::id).toList());
    try {
      IntakeResult result = intake.apply(batch, source);
      changes.inc(result.changedPrices());
      latency.update((System.nanoTime() - start) / 1_000_000);
      return result;
    } finally {
      locks.unlock(held);
    }
  }
}

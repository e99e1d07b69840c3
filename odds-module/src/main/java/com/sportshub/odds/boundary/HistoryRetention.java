package com.sportshub.odds.boundary;

import com.sportshub.odds.control.PriceStore;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes price history older than {@code hub.odds.history.retention} (an ISO-8601 duration, 30
 * days by default) every hour. Each node runs it; deleting what another node just deleted is
 * harmless.
 */
@Singleton
public class HistoryRetention {

  private static final Logger LOG = Logger.getLogger(HistoryRetention.class.getName());

  @Inject PriceStore prices;

  @Inject
  @ConfigProperty(name = "hub.odds.history.retention", defaultValue = "P30D")
  Duration retention;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void purge() {
    int gone = prices.forgetBefore(Instant.now().minus(retention));
    if (gone > 0) {
      LOG.info(() -> "price history: " + gone + " entries older than " + retention + " deleted");
    }
  }
}

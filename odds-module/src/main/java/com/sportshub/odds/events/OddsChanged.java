package com.sportshub.odds.events;

import com.sportshub.odds.query.EventView;
import com.sportshub.odds.query.MarketConsensus;
import com.sportshub.odds.query.PriceView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event's book changed: the prices that moved (only those), the new consensus of the market
 * lines they belong to, and the event as it now stands (its status may be what changed, with no
 * prices). Fired once per event per committed feed batch.
 */
public record OddsChanged(
    UUID changeId,
    EventView event,
    List<PriceView> prices,
    List<MarketConsensus> consensus,
    Instant occurredAt) {

  public OddsChanged {
    prices = List.copyOf(prices);
    consensus = List.copyOf(consensus);
  }
}

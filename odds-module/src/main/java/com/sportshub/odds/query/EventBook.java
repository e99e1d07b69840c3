package com.sportshub.odds.query;

import java.util.List;

/** An event with every current price and the consensus of each market line. */
public record EventBook(EventView event, List<PriceView> prices, List<MarketConsensus> consensus) {

  public EventBook {
    prices = List.copyOf(prices);
    consensus = List.copyOf(consensus);
  }
}

package com.sportshub.ws.relay;

import com.sportshub.odds.query.ConsensusPrice;
import com.sportshub.odds.query.EventView;
import com.sportshub.odds.query.MarketConsensus;
import com.sportshub.odds.query.PriceView;
import com.sportshub.ws.broker.JsonText;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.List;

/**
 * The one JSON shape of odds on the wire, for snapshots and deltas alike: {@code {sportKey, events:
 * [{key, eventId, ..., prices: [{key, ...}], consensus: [{key, ..., outcomes: [{key, ...}]}]}]}}.
 * Every array element has a {@code key}, so a client (and the conflator) merges a delta into what
 * it holds element by element.
 */
final class OddsJson {

  private OddsJson() {}

  /** One event's part of the message. */
  record EventPart(EventView event, List<PriceView> prices, List<MarketConsensus> consensus) {}

  static String of(String sportKey, Collection<EventPart> events) {
    JsonArrayBuilder array = JsonText.JSON.createArrayBuilder();
    events.forEach(part -> array.add(event(part)));
    return JsonText.JSON
        .createObjectBuilder()
        .add("sportKey", sportKey)
        .add("events", array)
        .build()
        .toString();
  }

  private static JsonObjectBuilder event(EventPart part) {
    EventView e = part.event();
    JsonArrayBuilder prices = JsonText.JSON.createArrayBuilder();
    part.prices().forEach(p -> prices.add(price(p)));
    JsonArrayBuilder consensus = JsonText.JSON.createArrayBuilder();
    part.consensus().forEach(c -> consensus.add(line(c)));
    return JsonText.JSON
        .createObjectBuilder()
        .add("key", e.eventId())
        .add("eventId", e.eventId())
        .add("homeTeam", e.homeTeam())
        .add("awayTeam", e.awayTeam())
        .add("commenceTime", e.commenceTime().toString())
        .add("status", e.status())
        .add("prices", prices)
        .add("consensus", consensus);
  }

  private static JsonObjectBuilder price(PriceView p) {
    JsonObjectBuilder o =
        JsonText.JSON
            .createObjectBuilder()
            .add("key", p.key())
            .add("market", p.market())
            .add("outcome", p.outcome())
            .add("bookmaker", p.bookmaker());
    JsonNulls.number(o, "price", p.price());
    JsonNulls.number(o, "point", p.point());
    if (p.previous() != null) {
      JsonNulls.number(o, "previous", p.previous()); // in deltas only: which way it moved
    }
    return o.add("lastUpdate", p.lastUpdate().toString());
  }

  private static JsonObjectBuilder line(MarketConsensus c) {
    JsonArrayBuilder outcomes = JsonText.JSON.createArrayBuilder();
    c.outcomes().forEach(o -> outcomes.add(outcome(o)));
    JsonObjectBuilder o =
        JsonText.JSON.createObjectBuilder().add("key", c.key()).add("market", c.market());
    JsonNulls.number(o, "point", c.point());
    o.add("arbitrage", c.arbitrage());
    JsonNulls.number(o, "bestBookSum", c.bestBookSum());
    return o.add("outcomes", outcomes);
  }

  private static JsonObjectBuilder outcome(ConsensusPrice c) {
    JsonArrayBuilder bestAt = JsonText.JSON.createArrayBuilder();
    c.bestAt().forEach(bestAt::add);
    JsonObjectBuilder o =
        JsonText.JSON.createObjectBuilder().add("key", c.outcome()).add("outcome", c.outcome());
    JsonNulls.number(o, "best", c.best()).add("bestAt", bestAt);
    JsonNulls.number(o, "average", c.average());
    JsonNulls.number(o, "median", c.median());
    JsonNulls.number(o, "fair", c.fair());
    o.add("bookmakers", c.bookmakers());
    return JsonNulls.text(o, "steam", c.steam());
  }
}

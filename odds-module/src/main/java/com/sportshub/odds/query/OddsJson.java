package com.sportshub.odds.query;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Collection;
import java.util.List;

/**
 * The one JSON shape of odds on the wire, for snapshots and deltas alike: {@code {sportKey, events:
 * [{key, eventId, ..., prices: [{key, ...}], consensus: [{key, ..., outcomes: [{key, ...}]}]}]}}.
 * Every array element has a {@code key}, so a client (and the conflator) merges a delta into what
 * it holds element by element.
 *
 * <p>Written straight to a generator: every committed odds change is encoded here, and building a
 * JSON object tree first, only to walk it again to write it, was a fifth of the hub's CPU at 5,000
 * changes a second.
 */
public final class OddsJson {

  private static final JsonProvider JSON = JsonProvider.provider();

  private OddsJson() {}

  /** One event's part of the message. */
  public record EventPart(
      EventView event, List<PriceView> prices, List<MarketConsensus> consensus) {}

  public static String of(String sportKey, Collection<EventPart> events) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject().write("sportKey", sportKey).writeStartArray("events");
      events.forEach(part -> event(g, part));
      g.writeEnd().writeEnd();
    }
    return out.toString();
  }

  private static void event(JsonGenerator g, EventPart part) {
    EventView e = part.event();
    g.writeStartObject()
        .write("key", e.eventId())
        .write("eventId", e.eventId())
        .write("homeTeam", e.homeTeam())
        .write("awayTeam", e.awayTeam())
        .write("commenceTime", e.commenceTime().toString())
        .write("status", e.status())
        .writeStartArray("prices");
    part.prices().forEach(p -> price(g, p));
    g.writeEnd().writeStartArray("consensus");
    part.consensus().forEach(c -> line(g, c));
    g.writeEnd().writeEnd();
  }

  private static void price(JsonGenerator g, PriceView p) {
    g.writeStartObject()
        .write("key", p.key())
        .write("market", p.market())
        .write("outcome", p.outcome())
        .write("bookmaker", p.bookmaker());
    JsonNulls.number(g, "price", p.price());
    JsonNulls.number(g, "point", p.point());
    if (p.previous() != null) {
      JsonNulls.number(g, "previous", p.previous()); // in deltas only: which way it moved
    }
    g.write("lastUpdate", p.lastUpdate().toString()).writeEnd();
  }

  private static void line(JsonGenerator g, MarketConsensus c) {
    g.writeStartObject().write("key", c.key()).write("market", c.market());
    JsonNulls.number(g, "point", c.point());
    g.write("arbitrage", c.arbitrage());
    JsonNulls.number(g, "bestBookSum", c.bestBookSum());
    g.writeStartArray("outcomes");
    c.outcomes().forEach(o -> outcome(g, o));
    g.writeEnd().writeEnd();
  }

  private static void outcome(JsonGenerator g, ConsensusPrice c) {
    g.writeStartObject().write("key", c.outcome()).write("outcome", c.outcome());
    JsonNulls.number(g, "best", c.best());
    g.writeStartArray("bestAt");
    c.bestAt().forEach(g::write);
    g.writeEnd();
    JsonNulls.number(g, "average", c.average());
    JsonNulls.number(g, "median", c.median());
    JsonNulls.number(g, "fair", c.fair());
    g.write("bookmakers", c.bookmakers());
    JsonNulls.text(g, "steam", c.steam()).writeEnd();
  }
}

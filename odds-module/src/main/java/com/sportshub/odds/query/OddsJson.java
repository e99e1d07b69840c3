package com.sportshub.odds.query;

import com.sportshub.kernel.JsonNulls;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The one JSON shape of odds, for REST answers, snapshots and deltas alike. On the socket: {@code
 * {sportKey, events: [{key, eventId, ..., prices: [{key, ...}], consensus: [{key, ..., outcomes:
 * [{key, ...}]}]}]}}. Every array element has a {@code key}, so a client (and the conflator) merges
 * a delta into what it holds element by element, and a moved price says where it came from ({@code
 * previous}). REST answers one event ({@link #event(EventBook, PriceShown)}) with the same fields
 * but no keys and no {@code previous}, its sport named in the event, and prices in the format the
 * reader asked for. Both are written by the same code, so they cannot drift apart.
 *
 * <p>Written straight to a generator: every committed odds change is encoded here, and building a
 * JSON object tree first, only to walk it again to write it, was a fifth of the hub's CPU at 5,000
 * changes a second.
 */
public final class OddsJson {

  private static final JsonProvider JSON = JsonProvider.provider();

  /** The socket's form: keyed, prices as numbers. */
  private static final OddsJson WIRE = new OddsJson(true, null);

  private final boolean keyed;
  private final PriceShown shown;

  private OddsJson(boolean keyed, PriceShown shown) {
    this.keyed = keyed;
    this.shown = shown;
  }

  /** One event's part of the message. */
  public record EventPart(
      EventView event, List<PriceView> prices, List<MarketConsensus> consensus) {}

  /** A snapshot or delta of {@code odds:{sport}} or {@code odds:event:{id}}. */
  public static String of(String sportKey, Collection<EventPart> events) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject().write("sportKey", sportKey).writeStartArray("events");
      events.forEach(part -> WIRE.event(g, part));
      g.writeEnd().writeEnd();
    }
    return out.toString();
  }

  /** An event's book as REST answers it, prices shown as {@code shown} says. */
  public static JsonObject event(EventBook book, PriceShown shown) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      new OddsJson(false, shown)
          .event(g, new EventPart(book.event(), book.prices(), book.consensus()));
    }
    try (var reader = JSON.createReader(new StringReader(out.toString()))) {
      return reader.readObject();
    }
  }

  private void event(JsonGenerator g, EventPart part) {
    EventView e = part.event();
    g.writeStartObject();
    key(g, e.eventId()).write("eventId", e.eventId());
    if (!keyed) {
      g.write("sportKey", e.sportKey());
    }
    g.write("homeTeam", e.homeTeam())
        .write("awayTeam", e.awayTeam())
        .write("commenceTime", e.commenceTime().toString())
        .write("status", e.status())
        .writeStartArray("prices");
    part.prices().forEach(p -> price(g, p));
    g.writeEnd().writeStartArray("consensus");
    part.consensus().forEach(c -> line(g, c));
    g.writeEnd().writeEnd();
  }

  private void price(JsonGenerator g, PriceView p) {
    g.writeStartObject();
    key(g, p.key())
        .write("market", p.market())
        .write("outcome", p.outcome())
        .write("bookmaker", p.bookmaker());
    priced(g, "price", p.price());
    JsonNulls.number(g, "point", p.point());
    if (keyed && p.previous() != null) {
      JsonNulls.number(g, "previous", p.previous()); // in deltas only: which way it moved
    }
    g.write("lastUpdate", p.lastUpdate().toString()).writeEnd();
  }

  private void line(JsonGenerator g, MarketConsensus c) {
    g.writeStartObject();
    key(g, c.key()).write("market", c.market());
    JsonNulls.number(g, "point", c.point());
    g.write("arbitrage", c.arbitrage());
    JsonNulls.number(g, "bestBookSum", c.bestBookSum());
    g.writeStartArray("outcomes");
    c.outcomes().forEach(o -> outcome(g, o));
    g.writeEnd().writeEnd();
  }

  private void outcome(JsonGenerator g, ConsensusPrice c) {
    g.writeStartObject();
    key(g, c.outcome()).write("outcome", c.outcome());
    priced(g, "best", c.best());
    g.writeStartArray("bestAt");
    c.bestAt().forEach(g::write);
    g.writeEnd();
    priced(g, "average", c.average());
    priced(g, "median", c.median());
    priced(g, "fair", c.fair());
    g.write("bookmakers", c.bookmakers());
    JsonNulls.text(g, "steam", c.steam()).writeEnd();
  }

  /** The element's key, on the socket only: REST answers are read whole, never merged. */
  private JsonGenerator key(JsonGenerator g, String key) {
    return keyed ? g.write("key", key) : g;
  }

  /** A price: a number, or the text of the format a REST reader asked for. */
  private void priced(JsonGenerator g, String name, BigDecimal decimal) {
    if (decimal == null || shown == null || shown.decimal()) {
      JsonNulls.number(g, name, decimal);
    } else {
      g.write(name, shown.show(decimal));
    }
  }
}

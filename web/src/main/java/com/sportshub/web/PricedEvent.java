package com.sportshub.web;

import com.sportshub.odds.boundary.PriceDisplay;
import com.sportshub.odds.query.ConsensusPrice;
import com.sportshub.odds.query.EventBook;
import com.sportshub.odds.query.EventView;
import com.sportshub.odds.query.MarketConsensus;
import com.sportshub.odds.query.PriceView;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/**
 * An event's book as REST answers it: the fields of the WebSocket snapshot, with prices as JSON
 * numbers (decimal) or as strings ("5/2", "+150") when another format was asked for.
 */
final class PricedEvent {

  private final PriceDisplay display;

  private PricedEvent(PriceDisplay display) {
    this.display = display;
  }

  static JsonObject of(EventBook book, PriceDisplay display) {
    return new PricedEvent(display).event(book);
  }

  private JsonObject event(EventBook book) {
    EventView e = book.event();
    JsonArrayBuilder prices = Json.createArrayBuilder();
    book.prices().forEach(p -> prices.add(price(p)));
    JsonArrayBuilder consensus = Json.createArrayBuilder();
    book.consensus().forEach(c -> consensus.add(line(c)));
    return Json.createObjectBuilder()
        .add("eventId", e.eventId())
        .add("sportKey", e.sportKey())
        .add("homeTeam", e.homeTeam())
        .add("awayTeam", e.awayTeam())
        .add("commenceTime", e.commenceTime().toString())
        .add("status", e.status())
        .add("prices", prices)
        .add("consensus", consensus)
        .build();
  }

  private JsonObjectBuilder price(PriceView p) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("market", p.market())
            .add("outcome", p.outcome())
            .add("bookmaker", p.bookmaker());
    number(o, "point", p.point());
    priced(o, "price", p.price());
    return o.add("lastUpdate", p.lastUpdate().toString());
  }

  private JsonObjectBuilder line(MarketConsensus c) {
    JsonArrayBuilder outcomes = Json.createArrayBuilder();
    c.outcomes().forEach(o -> outcomes.add(outcome(o)));
    JsonObjectBuilder o = Json.createObjectBuilder().add("market", c.market());
    number(o, "point", c.point());
    o.add("arbitrage", c.arbitrage());
    number(o, "bestBookSum", c.bestBookSum());
    return o.add("outcomes", outcomes);
  }

  private JsonObjectBuilder outcome(ConsensusPrice c) {
    JsonArrayBuilder bestAt = Json.createArrayBuilder();
    c.bestAt().forEach(bestAt::add);
    JsonObjectBuilder o = Json.createObjectBuilder().add("outcome", c.outcome());
    priced(o, "best", c.best());
    o.add("bestAt", bestAt);
    priced(o, "average", c.average());
    priced(o, "median", c.median());
    priced(o, "fair", c.fair());
    o.add("bookmakers", c.bookmakers());
    return JsonNulls.text(o, "steam", c.steam());
  }

  private void priced(JsonObjectBuilder o, String name, BigDecimal decimal) {
    if (decimal == null || display.decimal()) {
      number(o, name, decimal);
    } else {
      o.add(name, display.show(decimal));
    }
  }

  private static void number(JsonObjectBuilder o, String name, BigDecimal value) {
    JsonNulls.number(o, name, value);
  }
}

package com.sportshub.odds.control.feed;

import com.sportshub.odds.control.pricing.AmericanOdds;
import com.sportshub.odds.entity.EventStatus;
import com.sportshub.odds.entity.FeedBookmaker;
import com.sportshub.odds.entity.FeedEvent;
import com.sportshub.odds.entity.FeedMarket;
import com.sportshub.odds.entity.FeedOutcome;
import com.sportshub.odds.entity.InvalidFeed;
import com.sportshub.odds.entity.MarketType;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads events in the shape of The Odds API v4 ({@code /v4/sports/{sport}/odds}): an array of
 * events, or one event. Every value is checked; the first bad one refuses the whole message with
 * its path, so a feed never gets half applied. Prices come in decimal or American.
 */
public final class OddsApiFormat {

  private static final int MAX_EVENTS = 1_000;

  private final boolean american;

  private OddsApiFormat(boolean american) {
    this.american = american;
  }

  /** Parses prices as decimal ({@code oddsFormat=decimal}) or American. */
  public static OddsApiFormat of(String oddsFormat) {
    return switch (oddsFormat == null ? "decimal" : oddsFormat) {
      case "decimal" -> new OddsApiFormat(false);
      case "american" -> new OddsApiFormat(true);
      default -> throw new InvalidFeed("oddsFormat", "must be decimal or american");
    };
  }

  public List<FeedEvent> read(JsonValue message) {
    JsonFields root = new JsonFields(message);
    List<JsonFields> items =
        message.getValueType() == JsonValue.ValueType.ARRAY
            ? root.elements(MAX_EVENTS)
            : List.of(root.object());
    List<FeedEvent> events = new ArrayList<>(items.size());
    items.forEach(item -> events.add(event(item)));
    return events;
  }

  private FeedEvent event(JsonFields e) {
    String status = e.optionalText("status", 16);
    return new FeedEvent(
        e.id("id"),
        e.id("sport_key"),
        e.optionalText("sport_title", 128),
        e.instant("commence_time"),
        e.text("home_team", 128),
        e.text("away_team", 128),
        status == null
            ? null
            : EventStatus.ofWireName(status)
                .orElseThrow(
                    () -> e.invalid("status", "must be scheduled, live, suspended or closed")),
        distinct(e.optionalArray("bookmakers", 100), "key", this::bookmaker));
  }

  private FeedBookmaker bookmaker(JsonFields b) {
    return new FeedBookmaker(
        b.id("key"),
        b.optionalText("title", 128),
        b.instant("last_update"),
        distinct(b.array("markets", 20), "key", this::market));
  }

  private FeedMarket market(JsonFields m) {
    String key = m.text("key", 32);
    MarketType type =
        MarketType.ofKey(key)
            .orElseThrow(() -> m.invalid("key", "is not a known market (h2h, spreads, totals)"));
    Instant lastUpdate = m.has("last_update") ? m.instant("last_update") : null;
    List<FeedOutcome> outcomes = distinct(m.array("outcomes", 50), "name", o -> outcome(o, type));
    if (outcomes.size() < 2) {
      throw m.invalid("outcomes", "must hold at least two outcomes");
    }
    return new FeedMarket(type, lastUpdate, outcomes);
  }

  private FeedOutcome outcome(JsonFields o, MarketType type) {
    BigDecimal point = null;
    if (type.hasLine()) {
      point = o.number("point");
    } else if (o.has("point")) {
      throw o.invalid("point", "is only for spreads and totals");
    }
    return new FeedOutcome(o.text("name", 128), price(o), point);
  }

  private BigDecimal price(JsonFields o) {
    BigDecimal price = o.number("price");
    if (american) {
      try {
        return new AmericanOdds(price.longValueExact()).toDecimal();
      } catch (ArithmeticException | IllegalArgumentException e) {
        throw o.invalid("price", "is not an American price (a whole number, +100 up or -100 down)");
      }
    }
    if (price.compareTo(BigDecimal.ONE) <= 0) {
      throw o.invalid("price", "must be a decimal price greater than 1");
    }
    return price;
  }

  /** Reads each element, refusing two with the same identifying field. */
  private static <T> List<T> distinct(
      List<JsonFields> elements, String idField, java.util.function.Function<JsonFields, T> read) {
    Set<String> seen = new HashSet<>();
    List<T> values = new ArrayList<>(elements.size());
    for (JsonFields element : elements) {
      T value = read.apply(element);
      if (!seen.add(element.text(idField, 128))) {
        throw element.invalid(idField, "repeats an earlier element");
      }
      values.add(value);
    }
    return values;
  }
}

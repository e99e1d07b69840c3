package com.sportshub.web;

import com.sportshub.racing.boundary.PriceStyle;
import com.sportshub.racing.query.PlacingView;
import com.sportshub.racing.query.PoolView;
import com.sportshub.racing.query.PricePoint;
import com.sportshub.racing.query.RaceCard;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.ResultView;
import com.sportshub.racing.query.RunnerView;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A race card as REST answers it: the fields of the {@code race:{id}} snapshot, with fixed-odds
 * prices as JSON numbers (decimal) or as strings ("5/2", "+250") when another format was asked for.
 * Tote dividends are money, not odds: always numbers.
 */
final class PricedRace {

  private final PriceStyle style;

  private PricedRace(PriceStyle style) {
    this.style = style;
  }

  static JsonObject of(RaceCard card, PriceStyle style) {
    return new PricedRace(style).card(card);
  }

  static JsonObject result(RaceCard card) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("raceId", card.race().raceId())
            .add("status", card.race().status());
    return (card.result() == null ? o.addNull("result") : o.add("result", result(card.result())))
        .build();
  }

  static JsonArray history(List<PricePoint> points, PriceStyle style) {
    PricedRace priced = new PricedRace(style);
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (PricePoint p : points) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      priced.price(o, "price", p.price());
      priced.price(o, "previous", p.previous());
      array.add(
          o.add("quoted", p.quoted())
              .add("recordedAt", p.recordedAt().toString())
              .add("source", p.source()));
    }
    return array.build();
  }

  private JsonObject card(RaceCard card) {
    RaceSummary r = card.race();
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("raceId", r.raceId())
            .add("meetingId", r.meetingId())
            .add("course", r.course())
            .add("number", r.number())
            .add("name", r.name())
            .add("offTime", r.offTime().toString())
            .add("status", r.status())
            .add("statusAt", r.statusAt().toString())
            .add("bettingOpen", r.bettingOpen())
            .add("distance", card.distance())
            .add("distanceMetres", card.distanceMetres())
            .add("placesPaid", card.placesPaid())
            .add("handicap", card.handicap())
            .add("tote", card.tote());
    text(o, "placesFixedBy", card.placesFixedBy());
    text(o, "raceClass", card.raceClass());
    JsonArrayBuilder runners = Json.createArrayBuilder();
    card.runners().forEach(runner -> runners.add(runner(runner)));
    JsonArrayBuilder pools = Json.createArrayBuilder();
    card.pools().forEach(pool -> pools.add(pool(pool)));
    o.add("runners", runners)
        .add(
            "deductions",
            number(
                number(Json.createObjectBuilder(), "ruleFour", card.deductions().ruleFour()),
                "reduction",
                card.deductions().reduction()))
        .add("pools", pools);
    return (card.result() == null ? o.addNull("result") : o.add("result", result(card.result())))
        .build();
  }

  private JsonObjectBuilder runner(RunnerView r) {
    JsonObjectBuilder o =
        Json.createObjectBuilder().add("cloth", r.cloth()).add("horse", r.horse());
    text(o, "jockey", r.jockey());
    text(o, "trainer", r.trainer());
    if (r.draw() == null) {
      o.addNull("draw");
    } else {
      o.add("draw", r.draw());
    }
    text(o, "weight", r.weight());
    o.add("status", r.status());
    price(o, "price", r.price());
    time(o, "priceAt", r.priceAt());
    price(o, "startingPrice", r.startingPrice());
    if (r.withdrawal() == null) {
      return o.addNull("withdrawal");
    }
    JsonObjectBuilder w = Json.createObjectBuilder();
    time(w, "at", r.withdrawal().at());
    price(w, "price", r.withdrawal().price());
    number(w, "ruleFour", r.withdrawal().ruleFour());
    number(w, "reductionFactor", r.withdrawal().reductionFactor());
    return o.add("withdrawal", w);
  }

  private static JsonObjectBuilder pool(PoolView p) {
    JsonArrayBuilder dividends = Json.createArrayBuilder();
    p.dividends()
        .forEach(
            d ->
                dividends.add(
                    number(
                        Json.createObjectBuilder().add("cloth", d.cloth()),
                        "dividend",
                        d.dividend())));
    return number(Json.createObjectBuilder().add("pool", p.pool()), "total", p.total())
        .add("updatedAt", p.updatedAt().toString())
        .add("dividends", dividends);
  }

  private static JsonObjectBuilder result(ResultView r) {
    JsonArrayBuilder placings = Json.createArrayBuilder();
    for (PlacingView p : r.placings()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder().add("position", p.position()).add("cloth", p.cloth());
      text(o, "horse", p.horse());
      text(o, "distance", p.distance());
      number(o, "startingPrice", p.startingPrice());
      number(o, "winDividend", p.winDividend());
      number(o, "placeDividend", p.placeDividend());
      if (p.deadHeat() == null) {
        o.addNull("deadHeat");
      } else {
        JsonObjectBuilder heat = Json.createObjectBuilder().add("sharing", p.deadHeat().sharing());
        text(heat, "winStake", p.deadHeat().winStake());
        text(heat, "placeStake", p.deadHeat().placeStake());
        o.add("deadHeat", heat);
      }
      placings.add(o);
    }
    return Json.createObjectBuilder()
        .add("version", r.version())
        .add("amended", r.amended())
        .add("official", r.official())
        .add("photo", r.photo())
        .add("enquiry", r.enquiry())
        .add("declaredAt", r.declaredAt().toString())
        .add("placings", placings);
  }

  private void price(JsonObjectBuilder o, String name, BigDecimal decimal) {
    if (decimal == null) {
      o.addNull(name);
    } else if (style.decimal()) {
      number(o, name, decimal);
    } else {
      o.add(name, style.show(decimal));
    }
  }

  private static JsonObjectBuilder number(JsonObjectBuilder o, String name, BigDecimal value) {
    return JsonNulls.number(o, name, value);
  }

  private static void text(JsonObjectBuilder o, String name, String value) {
    JsonNulls.text(o, name, value);
  }

  private static void time(JsonObjectBuilder o, String name, Instant value) {
    text(o, name, value == null ? null : value.toString());
  }
}

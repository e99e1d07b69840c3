package com.sportshub.racing.query;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The one JSON shape of a race on the wire, for the {@code race:{id}} snapshot and its deltas
 * alike: the race's own fields at the top, then {@code runners}, {@code pools} and {@code placings}
 * whose elements each carry a {@code key} (the cloth number, the pool), so that a client (and the
 * conflator) merges a delta into the card it holds element by element.
 */
public final class RaceJson {

  private static final JsonProvider JSON = JsonProvider.provider();

  private RaceJson() {}

  public static String card(RaceCard card) {
    JsonObjectBuilder o = race(card.race());
    o.add("distance", card.distance())
        .add("distanceMetres", card.distanceMetres())
        .add("placesPaid", card.placesPaid())
        .add("handicap", card.handicap())
        .add("tote", card.tote());
    text(o, "placesFixedBy", card.placesFixedBy());
    text(o, "raceClass", card.raceClass());
    o.add("runners", runners(card.runners()));
    o.add("deductions", deductions(card.deductions()));
    o.add("pools", pools(card.pools()));
    if (card.result() == null) {
      o.addNull("result");
    } else {
      o.add("result", result(card.result()));
    }
    return o.build().toString();
  }

  /** The race's own fields: who, where, when, and where it stands. */
  public static JsonObjectBuilder race(RaceSummary r) {
    return JSON.createObjectBuilder()
        .add("raceId", r.raceId())
        .add("meetingId", r.meetingId())
        .add("course", r.course())
        .add("number", r.number())
        .add("name", r.name())
        .add("offTime", r.offTime().toString())
        .add("status", r.status())
        .add("statusAt", r.statusAt().toString())
        .add("bettingOpen", r.bettingOpen());
  }

  public static JsonArrayBuilder runners(Collection<RunnerView> runners) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    runners.forEach(r -> array.add(runner(r)));
    return array;
  }

  public static JsonObjectBuilder runner(RunnerView r) {
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("key", String.valueOf(r.cloth()))
            .add("cloth", r.cloth())
            .add("horse", r.horse());
    text(o, "jockey", r.jockey());
    text(o, "trainer", r.trainer());
    number(o, "draw", r.draw() == null ? null : BigDecimal.valueOf(r.draw()));
    text(o, "weight", r.weight());
    o.add("status", r.status());
    price(o, r);
    number(o, "startingPrice", r.startingPrice());
    if (r.withdrawal() == null) {
      return o.addNull("withdrawal");
    }
    JsonObjectBuilder w = JSON.createObjectBuilder().add("at", r.withdrawal().at().toString());
    number(w, "price", r.withdrawal().price());
    number(w, "ruleFour", r.withdrawal().ruleFour());
    number(w, "reductionFactor", r.withdrawal().reductionFactor());
    return o.add("withdrawal", w);
  }

  /** A runner's price in all three notations, and when it was set. */
  public static JsonObjectBuilder price(JsonObjectBuilder o, RunnerView r) {
    number(o, "price", r.price());
    text(o, "fractional", r.fractional());
    text(o, "american", r.american());
    return text(o, "priceAt", r.priceAt() == null ? null : r.priceAt().toString());
  }

  public static JsonObjectBuilder deductions(DeductionsView d) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    number(o, "ruleFour", d.ruleFour());
    return number(o, "reduction", d.reduction());
  }

  public static JsonArrayBuilder pools(Collection<PoolView> pools) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (PoolView p : pools) {
      JsonArrayBuilder dividends = JSON.createArrayBuilder();
      p.dividends()
          .forEach(
              d ->
                  dividends.add(
                      number(
                          JSON.createObjectBuilder()
                              .add("key", String.valueOf(d.cloth()))
                              .add("cloth", d.cloth()),
                          "dividend",
                          d.dividend())));
      JsonObjectBuilder o = JSON.createObjectBuilder().add("key", p.pool()).add("pool", p.pool());
      number(o, "total", p.total());
      array.add(o.add("updatedAt", p.updatedAt().toString()).add("dividends", dividends));
    }
    return array;
  }

  public static JsonObjectBuilder result(ResultView r) {
    JsonArrayBuilder placings = JSON.createArrayBuilder();
    for (PlacingView p : r.placings()) {
      JsonObjectBuilder o =
          JSON.createObjectBuilder()
              .add("key", String.valueOf(p.cloth()))
              .add("position", p.position())
              .add("cloth", p.cloth());
      text(o, "horse", p.horse());
      text(o, "distance", p.distance());
      number(o, "startingPrice", p.startingPrice());
      number(o, "winDividend", p.winDividend());
      number(o, "placeDividend", p.placeDividend());
      placings.add(deadHeat(o, p.deadHeat()));
    }
    return JSON.createObjectBuilder()
        .add("version", r.version())
        .add("amended", r.amended())
        .add("official", r.official())
        .add("photo", r.photo())
        .add("enquiry", r.enquiry())
        .add("declaredAt", r.declaredAt().toString())
        .add("placings", placings);
  }

  /** A finisher's dead heat, or null: how many share its place and the stake each part keeps. */
  public static JsonObjectBuilder deadHeat(JsonObjectBuilder o, DeadHeatView d) {
    if (d == null) {
      return o.addNull("deadHeat");
    }
    JsonObjectBuilder heat = JSON.createObjectBuilder().add("sharing", d.sharing());
    text(heat, "winStake", d.winStake());
    return o.add("deadHeat", text(heat, "placeStake", d.placeStake()));
  }

  public static JsonObjectBuilder number(JsonObjectBuilder o, String name, BigDecimal value) {
    return JsonNulls.number(o, name, value);
  }

  public static JsonObjectBuilder text(JsonObjectBuilder o, String name, String value) {
    return JsonNulls.text(o, name, value);
  }
}

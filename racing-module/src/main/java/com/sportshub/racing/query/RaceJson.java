package com.sportshub.racing.query;

import com.sportshub.kernel.JsonNulls;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The one JSON shape of a race, for REST answers, the {@code race:{id}} snapshot and its deltas
 * alike: the race's own fields at the top, then {@code runners}, {@code deductions}, {@code pools}
 * and {@code result}.
 *
 * <p>Two forms of that shape. On the socket (the static methods) the elements of runners, pools and
 * placings each carry a {@code key} (the cloth number, the pool), so that a client (and the
 * conflator) merges a delta into the card it holds element by element, and a runner's price comes
 * in all three notations. REST ({@link #card(RaceCard, PriceShown)}) leaves the keys out and shows
 * fixed-odds prices in the notation the reader asked for; tote dividends are money, not odds, and
 * always numbers. Everything else is written by the same code, so the two cannot drift apart.
 */
public final class RaceJson {

  private static final JsonProvider JSON = JsonProvider.provider();

  /** The socket's form: keyed, prices as numbers with their fractional and American texts. */
  private static final RaceJson WIRE = new RaceJson(true, null);

  private final boolean keyed;
  private final PriceShown shown;

  private RaceJson(boolean keyed, PriceShown shown) {
    this.keyed = keyed;
    this.shown = shown;
  }

  /** The {@code race:{id}} snapshot. */
  public static String card(RaceCard card) {
    return WIRE.cardOf(card).build().toString();
  }

  /** A race card as REST answers it, prices shown as {@code shown} says. */
  public static JsonObject card(RaceCard card, PriceShown shown) {
    return new RaceJson(false, shown).cardOf(card).build();
  }

  /** A race's result as REST answers it: {@code {raceId, status, result}}. */
  public static JsonObject result(RaceCard card) {
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("raceId", card.race().raceId())
            .add("status", card.race().status());
    RaceJson rest = new RaceJson(false, null);
    return (card.result() == null
            ? o.addNull("result")
            : o.add("result", rest.resultOf(card.result())))
        .build();
  }

  /** A runner's price history as REST answers it. */
  public static JsonArray history(List<PricePoint> points, PriceShown shown) {
    RaceJson rest = new RaceJson(false, shown);
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (PricePoint p : points) {
      JsonObjectBuilder o = JSON.createObjectBuilder();
      rest.price(o, "price", p.price());
      rest.price(o, "previous", p.previous());
      array.add(
          o.add("quoted", p.quoted())
              .add("recordedAt", p.recordedAt().toString())
              .add("source", p.source()));
    }
    return array.build();
  }

  private JsonObjectBuilder cardOf(RaceCard card) {
    JsonObjectBuilder o = race(card.race());
    o.add("distance", card.distance())
        .add("distanceMetres", card.distanceMetres())
        .add("placesPaid", card.placesPaid())
        .add("handicap", card.handicap())
        .add("tote", card.tote());
    text(o, "placesFixedBy", card.placesFixedBy());
    text(o, "raceClass", card.raceClass());
    JsonArrayBuilder runners = JSON.createArrayBuilder();
    card.runners().forEach(r -> runners.add(runnerOf(r)));
    o.add("runners", runners);
    o.add("deductions", deductions(card.deductions()));
    o.add("pools", poolsOf(card.pools()));
    if (card.result() == null) {
      o.addNull("result");
    } else {
      o.add("result", resultOf(card.result()));
    }
    return o;
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
    return WIRE.runnerOf(r);
  }

  private JsonObjectBuilder runnerOf(RunnerView r) {
    JsonObjectBuilder o = key(JSON.createObjectBuilder(), String.valueOf(r.cloth()));
    o.add("cloth", r.cloth()).add("horse", r.horse());
    text(o, "jockey", r.jockey());
    text(o, "trainer", r.trainer());
    number(o, "draw", r.draw() == null ? null : BigDecimal.valueOf(r.draw()));
    text(o, "weight", r.weight());
    o.add("status", r.status());
    if (keyed) {
      price(o, r);
    } else {
      price(o, "price", r.price());
      time(o, "priceAt", r.priceAt());
    }
    price(o, "startingPrice", r.startingPrice());
    if (r.withdrawal() == null) {
      return o.addNull("withdrawal");
    }
    JsonObjectBuilder w = JSON.createObjectBuilder();
    time(w, "at", r.withdrawal().at());
    price(w, "price", r.withdrawal().price());
    number(w, "ruleFour", r.withdrawal().ruleFour());
    number(w, "reductionFactor", r.withdrawal().reductionFactor());
    return o.add("withdrawal", w);
  }

  /** A runner's price in all three notations, and when it was set (the socket's form). */
  public static JsonObjectBuilder price(JsonObjectBuilder o, RunnerView r) {
    number(o, "price", r.price());
    text(o, "fractional", r.fractional());
    text(o, "american", r.american());
    return time(o, "priceAt", r.priceAt());
  }

  public static JsonObjectBuilder deductions(DeductionsView d) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    number(o, "ruleFour", d.ruleFour());
    return number(o, "reduction", d.reduction());
  }

  public static JsonArrayBuilder pools(Collection<PoolView> pools) {
    return WIRE.poolsOf(pools);
  }

  private JsonArrayBuilder poolsOf(Collection<PoolView> pools) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (PoolView p : pools) {
      JsonArrayBuilder dividends = JSON.createArrayBuilder();
      p.dividends()
          .forEach(
              d ->
                  dividends.add(
                      number(
                          key(JSON.createObjectBuilder(), String.valueOf(d.cloth()))
                              .add("cloth", d.cloth()),
                          "dividend",
                          d.dividend())));
      JsonObjectBuilder o = key(JSON.createObjectBuilder(), p.pool()).add("pool", p.pool());
      number(o, "total", p.total());
      array.add(o.add("updatedAt", p.updatedAt().toString()).add("dividends", dividends));
    }
    return array;
  }

  public static JsonObjectBuilder result(ResultView r) {
    return WIRE.resultOf(r);
  }

  private JsonObjectBuilder resultOf(ResultView r) {
    JsonArrayBuilder placings = JSON.createArrayBuilder();
    for (PlacingView p : r.placings()) {
      JsonObjectBuilder o =
          key(JSON.createObjectBuilder(), String.valueOf(p.cloth()))
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
  private static JsonObjectBuilder deadHeat(JsonObjectBuilder o, DeadHeatView d) {
    if (d == null) {
      return o.addNull("deadHeat");
    }
    JsonObjectBuilder heat = JSON.createObjectBuilder().add("sharing", d.sharing());
    text(heat, "winStake", d.winStake());
    return o.add("deadHeat", text(heat, "placeStake", d.placeStake()));
  }

  /** The element's key, on the socket only: REST answers are read whole, never merged. */
  private JsonObjectBuilder key(JsonObjectBuilder o, String key) {
    return keyed ? o.add("key", key) : o;
  }

  /** A fixed-odds price: a number, or the text of the notation a REST reader asked for. */
  private void price(JsonObjectBuilder o, String name, BigDecimal decimal) {
    if (decimal == null || shown == null || shown.decimal()) {
      number(o, name, decimal);
    } else {
      o.add(name, shown.show(decimal));
    }
  }

  public static JsonObjectBuilder number(JsonObjectBuilder o, String name, BigDecimal value) {
    return JsonNulls.number(o, name, value);
  }

  public static JsonObjectBuilder text(JsonObjectBuilder o, String name, String value) {
    return JsonNulls.text(o, name, value);
  }

  private static JsonObjectBuilder time(JsonObjectBuilder o, String name, Instant value) {
    return text(o, name, value == null ? null : value.toString());
  }
}

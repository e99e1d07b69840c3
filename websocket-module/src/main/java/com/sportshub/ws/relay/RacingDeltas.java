package com.sportshub.ws.relay;

import com.sportshub.racing.events.FollowerNotified;
import com.sportshub.racing.events.PlacesPaidChanged;
import com.sportshub.racing.events.RacePricesChanged;
import com.sportshub.racing.events.RaceStatus;
import com.sportshub.racing.events.RaceStatusChanged;
import com.sportshub.racing.events.ResultDeclared;
import com.sportshub.racing.events.RunnerWithdrawn;
import com.sportshub.racing.events.RunnersDeclared;
import com.sportshub.racing.events.TotePoolsChanged;
import com.sportshub.racing.query.PlacingView;
import com.sportshub.racing.query.RaceJson;
import com.sportshub.racing.query.ResultView;
import com.sportshub.racing.query.RunnerView;
import com.sportshub.ws.broker.JsonText;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The payloads of racing's events on a race's channel and a user's. A {@code race_status} delta
 * carries the race's own fields as they now stand and says what changed ({@code change}: status,
 * runners, non_runner, places, result); runners, non_runner and places carry the places the race
 * now pays, which follow the runners unless a publisher fixed them; an {@code odds_update} carries
 * only the moved prices or the pools. Every one merges into the race card snapshot ({@link
 * RaceJson}).
 */
final class RacingDeltas {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private RacingDeltas() {}

  static String status(RaceStatusChanged e) {
    JsonObjectBuilder o = RaceJson.race(e.race()).add("change", "status");
    RaceStatus previous = e.previousStatus();
    RaceJson.text(o, "previousStatus", previous == null ? null : previous.name());
    if (e.result() != null) {
      o.add("result", RaceJson.result(e.result()));
    }
    return o.build().toString();
  }

  static String runners(RunnersDeclared e) {
    return RaceJson.race(e.race())
        .add("change", "runners")
        .add("placesPaid", e.placesPaid())
        .add("runners", RaceJson.runners(e.runners()))
        .build()
        .toString();
  }

  static String withdrawn(RunnerWithdrawn e) {
    RunnerView r = e.runner();
    JsonObjectBuilder nonRunner =
        JsonText.JSON.createObjectBuilder().add("cloth", r.cloth()).add("horse", r.horse());
    RaceJson.number(nonRunner, "price", r.withdrawal().price());
    RaceJson.number(nonRunner, "ruleFour", r.withdrawal().ruleFour());
    RaceJson.number(nonRunner, "reductionFactor", r.withdrawal().reductionFactor());
    nonRunner.add("at", r.withdrawal().at().toString());
    return RaceJson.race(e.race())
        .add("change", "non_runner")
        .add("placesPaid", e.placesPaid())
        .add("runners", JsonText.JSON.createArrayBuilder().add(RaceJson.runner(r)))
        .add("nonRunner", nonRunner)
        .add("deductions", RaceJson.deductions(e.deductions()))
        .build()
        .toString();
  }

  static String places(PlacesPaidChanged e) {
    JsonObjectBuilder o =
        RaceJson.race(e.race()).add("change", "places").add("placesPaid", e.terms().placesPaid());
    return RaceJson.text(o, "placesFixedBy", e.terms().fixedBy()).build().toString();
  }

  static String result(ResultDeclared e) {
    return RaceJson.race(e.race())
        .add("change", "result")
        .add("result", RaceJson.result(e.result()))
        .build()
        .toString();
  }

  static String prices(RacePricesChanged e) {
    JsonArrayBuilder runners = JsonText.JSON.createArrayBuilder();
    for (RunnerView r : e.runners()) {
      JsonObjectBuilder o =
          JsonText.JSON
              .createObjectBuilder()
              .add("key", String.valueOf(r.cloth()))
              .add("cloth", r.cloth())
              .add("horse", r.horse());
      runners.add(RaceJson.price(o, r));
    }
    return JsonText.JSON
        .createObjectBuilder()
        .add("raceId", e.race().raceId())
        .add("runners", runners)
        .build()
        .toString();
  }

  static String pools(TotePoolsChanged e) {
    return JsonText.JSON
        .createObjectBuilder()
        .add("raceId", e.race().raceId())
        .add("pools", RaceJson.pools(e.pools()))
        .build()
        .toString();
  }

  static String notification(FollowerNotified e) {
    var race = e.race();
    boolean off = e.reason() == FollowerNotified.Reason.RACE_OFF;
    String when = TIME.format(race.offTime()) + " at " + race.course();
    String message =
        off ? "The " + when + " is off" : "The " + when + " has weighed in" + winner(e.result());
    JsonArrayBuilder runners = JsonText.JSON.createArrayBuilder();
    for (RunnerView r : e.runners()) {
      JsonObjectBuilder o =
          JsonText.JSON
              .createObjectBuilder()
              .add("key", String.valueOf(r.cloth()))
              .add("cloth", r.cloth())
              .add("horse", r.horse());
      Integer position = position(e.result(), r.cloth());
      if (position == null) {
        o.addNull("position");
      } else {
        o.add("position", position);
      }
      runners.add(RaceJson.number(o, "startingPrice", r.startingPrice()));
    }
    JsonObjectBuilder o =
        JsonText.JSON
            .createObjectBuilder()
            .add("reason", e.reason().wireName())
            .add("raceId", race.raceId())
            .add("meetingId", race.meetingId())
            .add("course", race.course())
            .add("number", race.number())
            .add("name", race.name())
            .add("offTime", race.offTime().toString())
            .add("status", race.status())
            .add("message", message)
            .add("runners", runners);
    if (e.result() == null) {
      o.addNull("result");
    } else {
      o.add("result", RaceJson.result(e.result()));
    }
    return o.build().toString();
  }

  private static String winner(ResultView result) {
    if (result == null || result.placings().isEmpty()) {
      return "";
    }
    List<String> first =
        result.placings().stream()
            .filter(p -> p.position() == 1)
            .map(p -> p.horse() + " (" + p.cloth() + ")")
            .toList();
    if (first.size() == 1) {
      return ": won by " + first.get(0);
    }
    // A dead heat for first: every horse sharing it won.
    return ": a dead heat between "
        + String.join(", ", first.subList(0, first.size() - 1))
        + " and "
        + first.get(first.size() - 1);
  }

  private static Integer position(ResultView result, int cloth) {
    if (result == null) {
      return null;
    }
    return result.placings().stream()
        .filter(p -> p.cloth() == cloth)
        .map(PlacingView::position)
        .findFirst()
        .orElse(null);
  }
}

package com.sportshub.web.racing;

import com.sportshub.racing.commands.MeetingDraft;
import com.sportshub.racing.commands.NewsDraft;
import com.sportshub.racing.commands.PlacingDraft;
import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.PoolType;
import com.sportshub.racing.commands.PriceQuote;
import com.sportshub.racing.commands.RaceDraft;
import com.sportshub.racing.commands.RunnerDraft;
import com.sportshub.racing.commands.ToteConvention;
import com.sportshub.racing.events.RaceStatus;
import com.sportshub.web.Fields;
import com.sportshub.web.problems.InvalidInput;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Racing request bodies read into the context's drafts; a wrong type is 400 naming the field. */
final class RacingRequests {

  private RacingRequests() {}

  static MeetingDraft meeting(JsonValue body) {
    Fields f = Fields.of(body);
    String tote = f.text("tote");
    return new MeetingDraft(
        f.text("meetingId"),
        f.text("course"),
        f.date("date"),
        f.text("country"),
        f.text("going"),
        tote == null ? null : named(ToteConvention.class, tote, "tote"));
  }

  static RaceDraft race(JsonValue body) {
    Fields f = Fields.of(body);
    return new RaceDraft(
        f.text("raceId"),
        f.required("number"),
        f.text("name"),
        f.instant("offTime"),
        f.required("distanceMetres"),
        f.text("raceClass"),
        f.integer("placesPaid"),
        f.bool("handicap"));
  }

  static List<RunnerDraft> runners(JsonValue body) {
    return Fields.of(body).objects("runners").stream()
        .map(
            f ->
                new RunnerDraft(
                    f.required("cloth"),
                    f.text("horse"),
                    f.text("jockey"),
                    f.text("trainer"),
                    f.integer("draw"),
                    f.integer("weightLbs")))
        .toList();
  }

  /** Prices; each may name its {@code format}, else the request's, else it is told by its text. */
  static List<PriceQuote> quotes(JsonValue body, String format) {
    return Fields.of(body).objects("prices").stream()
        .map(
            f -> {
              String own = f.text("format");
              return new PriceQuote(
                  f.required("cloth"), f.textOrNumber("price"), own != null ? own : format);
            })
        .toList();
  }

  static PoolDraft pool(String pool, JsonValue body) {
    PoolType type = named(PoolType.class, pool, "pool");
    Fields f = Fields.of(body);
    BigDecimal total = f.decimal("total");
    if (total == null) {
      throw new InvalidInput("total", "is required");
    }
    Fields stakes = f.object("stakes");
    Map<Integer, BigDecimal> byCloth = new TreeMap<>();
    for (String cloth : stakes.names()) {
      try {
        byCloth.put(Integer.valueOf(cloth), stakes.decimal(cloth));
      } catch (NumberFormatException e) {
        throw new InvalidInput("stakes." + cloth, "must be keyed by a cloth number");
      }
    }
    return new PoolDraft(type, total, byCloth);
  }

  static RaceStatus status(JsonValue body) {
    String status = Fields.of(body).text("status");
    if (status == null) {
      throw new InvalidInput("status", "is required");
    }
    return named(RaceStatus.class, status, "status");
  }

  static List<PlacingDraft> placings(JsonValue body) {
    return Fields.of(body).objects("placings").stream()
        .map(f -> new PlacingDraft(f.required("cloth"), f.integer("position"), f.text("distance")))
        .toList();
  }

  static NewsDraft news(JsonValue body) {
    Fields f = Fields.of(body);
    return new NewsDraft(f.text("headline"), f.text("body"), f.text("meetingId"), f.text("raceId"));
  }

  private static <E extends Enum<E>> E named(Class<E> type, String name, String field) {
    try {
      return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "must be one of " + List.of(type.getEnumConstants()));
    }
  }
}

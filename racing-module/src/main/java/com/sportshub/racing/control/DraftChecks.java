package com.sportshub.racing.control;

import com.sportshub.racing.commands.MeetingDraft;
import com.sportshub.racing.commands.NewsDraft;
import com.sportshub.racing.commands.PlacingDraft;
import com.sportshub.racing.commands.PoolDraft;
import com.sportshub.racing.commands.RaceDraft;
import com.sportshub.racing.commands.RunnerDraft;
import com.sportshub.racing.entity.InvalidRacingInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a writer's drafts must hold before anything is stored: required values, lengths that fit
 * their columns, numbers in their range. Ids must also fit a channel name ({@code race:{id}}), so
 * that everything stored can be subscribed to. A refusal names the field by its path in the
 * request, {@code prefix} included ({@code "runners[2]."}).
 */
public final class DraftChecks {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** Pool amounts are NUMERIC(14, 2): twelve digits before the point, pennies after it. */
  private static final BigDecimal POOL_LIMIT = new BigDecimal("1000000000000");

  private DraftChecks() {}

  public static void meeting(MeetingDraft d) {
    id("meetingId", d.meetingId());
    text("course", d.course(), 64);
    present("date", d.date());
    present("country", d.country());
    if (!COUNTRY.matcher(d.country()).matches()) {
      throw new InvalidRacingInput("country", "must be an ISO 3166 code of two capital letters");
    }
    optional("going", d.going(), 32);
  }

  public static void race(RaceDraft d) {
    id("raceId", d.raceId());
    range("number", d.number(), 1, 99);
    text("name", d.name(), 128);
    present("offTime", d.offTime());
    range("distanceMetres", d.distanceMetres(), 200, 10_000);
    optional("raceClass", d.raceClass(), 32);
    places(d.placesPaid());
  }

  /** Places a publisher fixes: 0 (win only) to 5; null lets them follow the runners. */
  public static void places(Integer placesPaid) {
    if (placesPaid != null) {
      range("placesPaid", placesPaid, 0, 5);
    }
  }

  public static void runners(List<RunnerDraft> runners) {
    if (runners.isEmpty() || runners.size() > 99) {
      throw new InvalidRacingInput("runners", "must hold 1 to 99 runners");
    }
    for (int i = 0; i < runners.size(); i++) {
      RunnerDraft d = runners.get(i);
      String at = "runners[" + i + "].";
      range(at + "cloth", d.cloth(), 1, 99);
      text(at + "horse", d.horse(), 64);
      optional(at + "jockey", d.jockey(), 64);
      optional(at + "trainer", d.trainer(), 64);
      if (d.draw() != null) {
        range(at + "draw", d.draw(), 1, 99);
      }
      if (d.weightLbs() != null) {
        range(at + "weightLbs", d.weightLbs(), 80, 200);
      }
    }
  }

  public static void placings(List<PlacingDraft> placings) {
    if (placings.isEmpty() || placings.size() > 99) {
      throw new InvalidRacingInput("placings", "must name 1 to 99 finishers");
    }
    for (int i = 0; i < placings.size(); i++) {
      optional("placings[" + i + "].distance", placings.get(i).distance(), 16);
    }
    DeadHeats.positions(placings);
  }

  /** Amounts the pool's columns hold; whether the stakes add up is the intake's to say. */
  public static void pool(PoolDraft d) {
    amount("total", d.total());
    for (Map.Entry<Integer, BigDecimal> stake : d.stakes().entrySet()) {
      amount("stakes." + stake.getKey(), stake.getValue());
    }
  }

  public static void news(NewsDraft d) {
    text("headline", d.headline(), 200);
    text("body", d.body(), 4000);
  }

  /** A key that may be part of a channel name. */
  public static void id(String field, String value) {
    present(field, value);
    if (!ID.matcher(value).matches()) {
      throw new InvalidRacingInput(field, "must be 1 to 64 of A-Z a-z 0-9 _ . -");
    }
  }

  private static void text(String field, String value, int max) {
    present(field, value);
    if (value.isBlank()) {
      throw new InvalidRacingInput(field, "must not be blank");
    }
    optional(field, value, max);
  }

  private static void optional(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new InvalidRacingInput(field, "must be at most " + max + " characters");
    }
  }

  private static void range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidRacingInput(field, "must be " + min + " to " + max);
    }
  }

  private static void amount(String field, BigDecimal value) {
    present(field, value);
    // PostgreSQL rounds to the penny before it checks the precision: 999999999999.999 overflows.
    if (value.setScale(2, RoundingMode.HALF_UP).abs().compareTo(POOL_LIMIT) >= 0) {
      throw new InvalidRacingInput(field, "must be less than " + POOL_LIMIT.toPlainString());
    }
  }

  private static void present(String field, Object value) {
    if (value == null) {
      throw new InvalidRacingInput(field, "is required");
    }
  }
}

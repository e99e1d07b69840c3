package com.sportshub.matches.control.feed;

import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.MatchStatus;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an openfootball season file (football.json: {@code {"name", "matches": [{"round": "Matchday
 * 1", "date": "2022-08-05", "time": "20:00", "team1", "team2", "score": {"ht": [0, 1], "ft": [0,
 * 2], "et": [..], "p": [..]}}]}}) as fixtures with results, for the import.
 *
 * <p>Times are local to the league ({@code zone}); a match without a time kicks off at noon. A
 * match with a full-time score is FINISHED, one without is TIMED. {@code et}, in the cup files, is
 * the score after extra time and {@code p} the shoot-out. Ids are {@code
 * of-{competition}-{season}-} and a hash of the two names, so importing the file again finds the
 * same matches.
 */
public final class OpenfootballFixtures {

  private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)\\s*$");

  private OpenfootballFixtures() {}

  public static List<FeedMatch> read(String body, String competition, String season, ZoneId zone) {
    JsonObject root = FeedJson.parse(body);
    if (!(root.get("matches") instanceof JsonArray)) {
      throw new InvalidMatchInput("matches", "is required: not an openfootball season file");
    }
    List<FeedMatch> fixtures = new ArrayList<>();
    List<JsonObject> matches = FeedJson.objects(root, "matches");
    for (int i = 0; i < matches.size(); i++) {
      fixtures.add(fixture(matches.get(i), competition, season, zone, "matches[" + i + "]"));
    }
    return fixtures;
  }

  private static FeedMatch fixture(
      JsonObject m, String competition, String season, ZoneId zone, String at) {
    String home = FeedJson.text(m, "team1");
    String away = FeedJson.text(m, "team2");
    if (home == null || away == null || home.isBlank() || away.isBlank() || home.equals(away)) {
      throw new InvalidMatchInput(at, "needs two different teams, team1 and team2");
    }
    JsonObject score = FeedJson.object(m, "score");
    Goals ft = pair(score, "ft", at);
    if (ft == null) {
      ft = legacy(m);
    }
    Goals et = pair(score, "et", at);
    Goals extra = et == null || ft == null ? null : minus(et, ft, at);
    return new FeedMatch(
        "of-" + competition + "-" + season + "-" + hash(home + "|" + away),
        competition,
        season,
        matchday(FeedJson.text(m, "round")),
        kickoff(m, zone, at),
        home,
        away,
        ft == null ? MatchStatus.TIMED : MatchStatus.FINISHED,
        null,
        null,
        null,
        et != null ? et : ft,
        pair(score, "ht", at),
        extra,
        pair(score, "p", at),
        null);
  }

  private static Goals pair(JsonObject score, String name, String at) {
    if (score == null || !(score.get(name) instanceof JsonArray a)) {
      return null;
    }
    if (a.size() != 2
        || !(a.get(0) instanceof JsonNumber h)
        || !(a.get(1) instanceof JsonNumber w)
        || h.intValue() < 0
        || w.intValue() < 0) {
      throw new InvalidMatchInput(at + ".score." + name, "must be two goal counts");
    }
    return new Goals(h.intValue(), w.intValue());
  }

  private static Goals legacy(JsonObject m) {
    if (m.get("score1") instanceof JsonNumber h && m.get("score2") instanceof JsonNumber a) {
      return new Goals(h.intValue(), a.intValue());
    }
    return null;
  }

  private static Goals minus(Goals total, Goals part, String at) {
    if (total.home() < part.home() || total.away() < part.away()) {
      throw new InvalidMatchInput(at + ".score.et", "must not be less than the full-time score");
    }
    return new Goals(total.home() - part.home(), total.away() - part.away());
  }

  private static Instant kickoff(JsonObject m, ZoneId zone, String at) {
    String date = FeedJson.text(m, "date");
    String time = FeedJson.text(m, "time");
    try {
      if (date == null) {
        return null;
      }
      LocalTime clock =
          time == null ? LocalTime.NOON : LocalTime.parse(time.trim().substring(0, 5));
      return LocalDate.parse(date).atTime(clock).atZone(zone).toInstant();
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      throw new InvalidMatchInput(
          at + ".date", "must be a date (and time) such as 2022-08-05 20:00");
    }
  }

  private static Integer matchday(String round) {
    if (round == null) {
      return null;
    }
    Matcher m = TRAILING_NUMBER.matcher(round);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

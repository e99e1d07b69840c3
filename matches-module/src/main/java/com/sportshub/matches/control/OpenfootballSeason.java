package com.sportshub.matches.control;

import com.sportshub.matches.entity.MatchResult;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One season read from an openfootball file (the public-domain football.json data set, for instance
 * {@code en.1.2022-23.json}): {@code {"name": ..., "matches": [{"round": "Matchday 1", "date":
 * "2022-08-05", "team1": ..., "team2": ..., "score": {"ht": [0, 1], "ft": [0, 2]}}]}}.
 *
 * <p>A match counts with its full-time score ({@code score.ft}, or the older files' {@code
 * score1}/{@code score2}); matches without one (not yet played) are skipped but their teams still
 * belong to the season. Team names are kept exactly as the file spells them.
 *
 * @param teams every team the file names, in order of first appearance
 * @param results the scored matches in file order, with matchday (from "Matchday N") and date
 * @param unscored how many matches were skipped for having no score
 */
public record OpenfootballSeason(
    String name, Set<String> teams, List<MatchResult> results, int unscored) {

  private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)\\s*$");

  public OpenfootballSeason {
    teams = Collections.unmodifiableSet(new LinkedHashSet<>(teams));
    results = List.copyOf(results);
  }

  /** Reads a season from UTF-8 JSON; the stream is not closed. */
  public static OpenfootballSeason read(InputStream json) {
    return read(new InputStreamReader(json, StandardCharsets.UTF_8));
  }

  /**
   * Reads a season from JSON; the reader is not closed.
   *
   * @throws IllegalArgumentException when the text is not an openfootball season
   */
  public static OpenfootballSeason read(Reader json) {
    try {
      var root = Json.createReader(json).readObject();
      var teams = new LinkedHashSet<String>();
      var results = new ArrayList<MatchResult>();
      int unscored = 0;
      for (var match : root.getJsonArray("matches").getValuesAs(JsonObject.class)) {
        var home = match.getString("team1");
        var away = match.getString("team2");
        teams.add(home);
        teams.add(away);
        var score = fullTime(match);
        if (score == null) {
          unscored++;
        } else {
          results.add(
              new MatchResult(home, away, score[0], score[1], matchday(match), date(match)));
        }
      }
      return new OpenfootballSeason(root.getString("name", ""), teams, results, unscored);
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | IndexOutOfBoundsException
        | DateTimeParseException e) {
      throw new IllegalArgumentException("not an openfootball season file: " + e.getMessage(), e);
    }
  }

  private static int[] fullTime(JsonObject match) {
    var score = match.getJsonObject("score");
    if (score != null && score.containsKey("ft")) {
      var ft = score.getJsonArray("ft");
      return new int[] {ft.getInt(0), ft.getInt(1)};
    }
    if (match.get("score1") instanceof JsonNumber home
        && match.get("score2") instanceof JsonNumber away) {
      return new int[] {home.intValueExact(), away.intValueExact()};
    }
    return null;
  }

  private static Integer matchday(JsonObject match) {
    var matcher = TRAILING_NUMBER.matcher(match.getString("round", ""));
    return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
  }

  private static LocalDate date(JsonObject match) {
    var date = match.getString("date", null);
    return date == null ? null : LocalDate.parse(date);
  }
}

package com.sportshub.matches.control.feed;

import com.sportshub.matches.control.SeasonLabel;
import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.MatchStatus;
import com.sportshub.matches.entity.Winner;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads football-data.org v4 match lists ({@code GET /v4/competitions/{code}/matches}): {@code
 * {"matches": [{"id", "utcDate", "status", "matchday", "minute", "injuryTime", "season":
 * {"startDate", "endDate"}, "competition": {"code"}, "homeTeam": {"name", "shortName"}, "awayTeam",
 * "score": {"winner", "duration", "fullTime", "halfTime", "regularTime", "extraTime",
 * "penalties"}}]}}.
 *
 * <p>Its statuses are the hub's own; "LIVE" (a filter value some answers carry) is IN_PLAY. A
 * status it does not know is judged from the score: a winner means FINISHED, anything else keeps
 * the status held. Its {@code fullTime} counts the shoot-out when there was one, so the goals of
 * play are the regular and extra time, or else full time less penalties.
 */
public final class FootballDataMatches {

  private FootballDataMatches() {}

  public static List<FeedMatch> read(String body, String competition) {
    List<FeedMatch> matches = new ArrayList<>();
    List<JsonObject> list = FeedJson.objects(FeedJson.parse(body), "matches");
    for (int i = 0; i < list.size(); i++) {
      matches.add(match(list.get(i), competition, "matches[" + i + "]"));
    }
    return matches;
  }

  private static FeedMatch match(JsonObject m, String competition, String at) {
    String id = FeedJson.text(m, "id");
    JsonObject home = FeedJson.object(m, "homeTeam");
    JsonObject away = FeedJson.object(m, "awayTeam");
    if (id == null || FeedJson.text(home, "name") == null || FeedJson.text(away, "name") == null) {
      throw new com.sportshub.matches.entity.InvalidMatchInput(at, "needs id and both team names");
    }
    Instant kickoff = FeedJson.instant(m, "utcDate", at);
    JsonObject score = FeedJson.object(m, "score");
    Goals penalties = FeedJson.goals(score, "penalties", at + ".score");
    Goals extra = FeedJson.goals(score, "extraTime", at + ".score");
    Goals play = play(score, penalties, extra, at + ".score");
    String code = FeedJson.text(FeedJson.object(m, "competition"), "code");
    return new FeedMatch(
        "fd-" + id,
        code != null ? code : competition,
        season(FeedJson.object(m, "season"), kickoff),
        FeedJson.whole(m, "matchday", at),
        kickoff,
        FeedJson.text(home, "name"),
        FeedJson.text(away, "name"),
        status(FeedJson.text(m, "status"), FeedJson.text(score, "winner")),
        null,
        FeedJson.whole(m, "minute", at),
        FeedJson.whole(m, "injuryTime", at),
        play,
        FeedJson.goals(score, "halfTime", at + ".score"),
        extra,
        penalties,
        winner(FeedJson.text(score, "winner")));
  }

  private static Goals play(JsonObject score, Goals penalties, Goals extra, String at) {
    Goals regular = FeedJson.goals(score, "regularTime", at);
    if (regular != null) {
      return extra == null ? regular : regular.plus(extra);
    }
    Goals full = FeedJson.goals(score, "fullTime", at);
    if (full == null || penalties == null) {
      return full;
    }
    return new Goals(
        Math.max(0, full.home() - penalties.home()), Math.max(0, full.away() - penalties.away()));
  }

  static MatchStatus status(String status, String winner) {
    if ("LIVE".equals(status)) {
      return MatchStatus.IN_PLAY;
    }
    MatchStatus known = MatchStatus.named(status);
    if (known != null) {
      return known;
    }
    return winner != null ? MatchStatus.FINISHED : null;
  }

  private static Winner winner(String winner) {
    if (winner == null) {
      return null;
    }
    try {
      return Winner.valueOf(winner);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static String season(JsonObject season, Instant kickoff) {
    String start = FeedJson.text(season, "startDate");
    String end = FeedJson.text(season, "endDate");
    try {
      if (start != null && end != null) {
        return SeasonLabel.spanning(
            LocalDate.parse(start).getYear(), LocalDate.parse(end).getYear());
      }
    } catch (java.time.format.DateTimeParseException e) {
      // fall back to the kick-off's season
    }
    return SeasonLabel.of(kickoff);
  }
}

package com.sportshub.matches.control.feed;

import com.sportshub.matches.control.SeasonLabel;
import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.MatchStatus;
import com.sportshub.matches.entity.Winner;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an ESPN-style soccer scoreboard ({@code /apis/site/v2/sports/soccer/{league}/scoreboard}):
 * {@code {"events": [{"id", "date", "competitions": [{"competitors": [{"homeAway", "score",
 * "shootoutScore", "winner", "linescores": [{"value"}], "team": {"displayName",
 * "shortDisplayName"}}], "status": {"displayClock", "period", "type": {"name", "state",
 * "completed"}}}]}]}}.
 *
 * <p>Status names it knows are mapped one to one; any other is judged from {@code state} and {@code
 * completed}: pre is TIMED, in is IN_PLAY, post and completed is FINISHED, post and not completed
 * is POSTPONED (what ESPN shows for a match that did not take place).
 */
public final class EspnScoreboard {

  private static final Map<String, MatchStatus> STATUSES =
      Map.ofEntries(
          Map.entry("STATUS_SCHEDULED", MatchStatus.TIMED),
          Map.entry("STATUS_DELAYED", MatchStatus.TIMED),
          Map.entry("STATUS_FIRST_HALF", MatchStatus.IN_PLAY),
          Map.entry("STATUS_SECOND_HALF", MatchStatus.IN_PLAY),
          Map.entry("STATUS_IN_PROGRESS", MatchStatus.IN_PLAY),
          Map.entry("STATUS_HALFTIME", MatchStatus.PAUSED),
          Map.entry("STATUS_END_OF_REGULATION", MatchStatus.PAUSED),
          Map.entry("STATUS_OVERTIME", MatchStatus.EXTRA_TIME),
          Map.entry("STATUS_EXTRA_TIME", MatchStatus.EXTRA_TIME),
          Map.entry("STATUS_HALFTIME_ET", MatchStatus.EXTRA_TIME),
          Map.entry("STATUS_SHOOTOUT", MatchStatus.PENALTY_SHOOTOUT),
          Map.entry("STATUS_FULL_TIME", MatchStatus.FINISHED),
          Map.entry("STATUS_FINAL", MatchStatus.FINISHED),
          Map.entry("STATUS_FINAL_AET", MatchStatus.FINISHED),
          Map.entry("STATUS_FINAL_PEN", MatchStatus.FINISHED),
          Map.entry("STATUS_POSTPONED", MatchStatus.POSTPONED),
          Map.entry("STATUS_CANCELED", MatchStatus.CANCELLED),
          Map.entry("STATUS_SUSPENDED", MatchStatus.SUSPENDED),
          Map.entry("STATUS_ABANDONED", MatchStatus.SUSPENDED),
          Map.entry("STATUS_FORFEIT", MatchStatus.AWARDED));

  private static final Pattern CLOCK = Pattern.compile("(\\d+)'?(?:\\s*\\+\\s*(\\d+)'?)?");

  private EspnScoreboard() {}

  public static List<FeedMatch> read(String body, String competition) {
    List<FeedMatch> matches = new ArrayList<>();
    List<JsonObject> events = FeedJson.objects(FeedJson.parse(body), "events");
    for (int i = 0; i < events.size(); i++) {
      matches.add(match(events.get(i), competition, "events[" + i + "]"));
    }
    return matches;
  }

  private static FeedMatch match(JsonObject event, String competition, String at) {
    List<JsonObject> competitions = FeedJson.objects(event, "competitions");
    JsonObject game = competitions.isEmpty() ? event : competitions.get(0);
    JsonObject home = side(game, "home");
    JsonObject away = side(game, "away");
    String id = FeedJson.text(event, "id");
    if (id == null || home == null || away == null) {
      throw new InvalidMatchInput(at, "needs an id and a home and an away competitor");
    }
    JsonObject status = FeedJson.object(game, "status");
    if (status == null) {
      status = FeedJson.object(event, "status");
    }
    Instant kickoff = FeedJson.instant(event, "date", at);
    int[] clock = clock(FeedJson.text(status, "displayClock"));
    Integer period = FeedJson.whole(status, "period", at + ".status");
    return new FeedMatch(
        "espn-" + id,
        competition,
        SeasonLabel.of(kickoff),
        null,
        kickoff,
        name(home, at),
        name(away, at),
        status(FeedJson.object(status, "type")),
        period,
        clock == null ? null : clock[0],
        clock == null ? null : clock[1],
        goals(home, away, "score", at),
        period(home, away, 0, at),
        extraTime(home, away, at),
        goals(home, away, "shootoutScore", at),
        FeedJson.flag(home, "winner")
            ? Winner.HOME_TEAM
            : FeedJson.flag(away, "winner") ? Winner.AWAY_TEAM : null);
  }

  static MatchStatus status(JsonObject type) {
    MatchStatus known = STATUSES.get(FeedJson.text(type, "name"));
    if (known != null) {
      return known;
    }
    String state = FeedJson.text(type, "state");
    if ("pre".equals(state)) {
      return MatchStatus.TIMED;
    }
    if ("in".equals(state)) {
      return MatchStatus.IN_PLAY;
    }
    if ("post".equals(state)) {
      return FeedJson.flag(type, "completed") ? MatchStatus.FINISHED : MatchStatus.POSTPONED;
    }
    return null;
  }

  /** "67'" is 67 and no added time, "45'+2'" is 45 and 2; null when there is no clock. */
  static int[] clock(String display) {
    if (display == null) {
      return null;
    }
    Matcher m = CLOCK.matcher(display.trim());
    if (!m.matches()) {
      return null;
    }
    int minute = Integer.parseInt(m.group(1));
    int added = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return minute == 0 ? null : new int[] {minute, added};
  }

  private static JsonObject side(JsonObject game, String homeAway) {
    return FeedJson.objects(game, "competitors").stream()
        .filter(c -> homeAway.equals(FeedJson.text(c, "homeAway")))
        .findFirst()
        .orElse(null);
  }

  private static String name(JsonObject competitor, String at) {
    JsonObject team = FeedJson.object(competitor, "team");
    String name = FeedJson.text(team, "displayName");
    if (name == null) {
      throw new InvalidMatchInput(at + ".competitors", "needs team.displayName");
    }
    return name;
  }

  private static Goals goals(JsonObject home, JsonObject away, String field, String at) {
    Integer h = FeedJson.whole(home, field, at + ".home");
    Integer a = FeedJson.whole(away, field, at + ".away");
    return h == null || a == null ? null : new Goals(h, a);
  }

  /** The goals of one period from the competitors' line scores; null when not given. */
  private static Goals period(JsonObject home, JsonObject away, int index, String at) {
    List<JsonObject> h = FeedJson.objects(home, "linescores");
    List<JsonObject> a = FeedJson.objects(away, "linescores");
    if (h.size() <= index + 1 || a.size() <= index + 1) {
      return null;
    }
    Integer hg = FeedJson.whole(h.get(index), "value", at);
    Integer ag = FeedJson.whole(a.get(index), "value", at);
    return hg == null || ag == null ? null : new Goals(hg, ag);
  }

  /** The goals of extra time so far: the third and fourth line scores, when there are any. */
  private static Goals extraTime(JsonObject home, JsonObject away, String at) {
    List<JsonObject> h = FeedJson.objects(home, "linescores");
    List<JsonObject> a = FeedJson.objects(away, "linescores");
    int periods = Math.min(4, Math.min(h.size(), a.size()));
    if (periods < 3) {
      return null;
    }
    Goals extra = Goals.NONE;
    for (int i = 2; i < periods; i++) {
      Integer hg = FeedJson.whole(h.get(i), "value", at);
      Integer ag = FeedJson.whole(a.get(i), "value", at);
      if (hg == null || ag == null) {
        return null;
      }
      extra = extra.plus(new Goals(hg, ag));
    }
    return extra;
  }
}

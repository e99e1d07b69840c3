package com.sportshub.ws.relay;

import com.sportshub.racing.query.MeetingView;
import com.sportshub.racing.query.NewsView;
import com.sportshub.racing.query.RaceJson;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.ws.broker.JsonText;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;

/**
 * The JSON shape of a meeting on the wire ({@code racing:meeting:{id}}) and of news items: the
 * meeting's fields, then {@code races} and {@code news} keyed by race and news id, so that deltas
 * merge into the snapshot element by element.
 */
final class MeetingJson {

  private MeetingJson() {}

  static String meeting(MeetingView m, Collection<NewsView> news) {
    JsonObjectBuilder o =
        JsonText.JSON
            .createObjectBuilder()
            .add("meetingId", m.meetingId())
            .add("course", m.course())
            .add("date", m.date().toString())
            .add("country", m.country());
    RaceJson.text(o, "going", m.going());
    JsonArrayBuilder races = JsonText.JSON.createArrayBuilder();
    m.races().forEach(r -> races.add(race(r)));
    JsonArrayBuilder items = JsonText.JSON.createArrayBuilder();
    news.forEach(n -> items.add(news(n)));
    return o.add("tote", m.tote())
        .add("status", m.status())
        .add("races", races)
        .add("news", items)
        .build()
        .toString();
  }

  /** A meeting's delta: its status and the races that changed. */
  static String races(String meetingId, String status, Collection<RaceSummary> changed) {
    JsonArrayBuilder races = JsonText.JSON.createArrayBuilder();
    changed.forEach(r -> races.add(race(r)));
    return JsonText.JSON
        .createObjectBuilder()
        .add("meetingId", meetingId)
        .add("status", status)
        .add("races", races)
        .build()
        .toString();
  }

  /** A meeting's delta: a news item about it. */
  static String newsOf(String meetingId, NewsView item) {
    return JsonText.JSON
        .createObjectBuilder()
        .add("meetingId", meetingId)
        .add("news", JsonText.JSON.createArrayBuilder().add(news(item)))
        .build()
        .toString();
  }

  static JsonObjectBuilder race(RaceSummary r) {
    return JsonText.JSON
        .createObjectBuilder()
        .add("key", r.raceId())
        .add("raceId", r.raceId())
        .add("number", r.number())
        .add("name", r.name())
        .add("offTime", r.offTime().toString())
        .add("status", r.status())
        .add("statusAt", r.statusAt().toString())
        .add("bettingOpen", r.bettingOpen());
  }

  static JsonObjectBuilder news(NewsView n) {
    JsonObjectBuilder o =
        JsonText.JSON.createObjectBuilder().add("key", n.newsId()).add("newsId", n.newsId());
    RaceJson.text(o, "meetingId", n.meetingId());
    RaceJson.text(o, "raceId", n.raceId());
    return o.add("headline", n.headline())
        .add("body", n.body())
        .add("author", n.author())
        .add("publishedAt", n.publishedAt().toString());
  }
}

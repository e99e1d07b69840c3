package com.sportshub.it;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds feed messages in The Odds API v4 shape, as a bookmaker feed would push them. */
final class FeedMessage {

  private final String eventId;
  private String sportKey = "soccer_epl";
  private String commence = Instant.now().plusSeconds(3_600).toString();
  private String status;
  private final List<String> bookmakers = new ArrayList<>();

  private FeedMessage(String eventId) {
    this.eventId = eventId;
  }

  static FeedMessage event(String eventId) {
    return new FeedMessage(eventId);
  }

  /** An event id no other test uses. */
  static String newEventId() {
    return "it-" + UUID.randomUUID();
  }

  FeedMessage sport(String key) {
    this.sportKey = key;
    return this;
  }

  FeedMessage startedAt(Instant commenceTime) {
    this.commence = commenceTime.toString();
    return this;
  }

  FeedMessage status(String status) {
    this.status = status;
    return this;
  }

  /** A head-to-head market of a bookmaker: outcome, price, outcome, price... */
  FeedMessage h2h(String bookmaker, Instant at, Object... outcomePrices) {
    StringBuilder outcomes = new StringBuilder();
    for (int i = 0; i < outcomePrices.length; i += 2) {
      outcomes.append(i == 0 ? "" : ",");
      outcomes.append(
          "{\"name\":\"%s\",\"price\":%s}".formatted(outcomePrices[i], outcomePrices[i + 1]));
    }
    return market(bookmaker, at, "h2h", outcomes.toString());
  }

  /** An over/under market of a bookmaker at a point. */
  FeedMessage totals(String bookmaker, Instant at, String point, String over, String under) {
    return market(
        bookmaker,
        at,
        "totals",
        "{\"name\":\"Over\",\"price\":%s,\"point\":%s},{\"name\":\"Under\",\"price\":%s,\"point\":%s}"
            .formatted(over, point, under, point));
  }

  private FeedMessage market(String bookmaker, Instant at, String market, String outcomes) {
    bookmakers.add(
        """
        {"key":"%s","title":"%s","last_update":"%s","markets":[{"key":"%s","outcomes":[%s]}]}"""
            .formatted(bookmaker, bookmaker, at, market, outcomes));
    return this;
  }

  String json() {
    return """
        {"id":"%s","sport_key":"%s","sport_title":"EPL","commence_time":"%s",\
        "home_team":"Arsenal","away_team":"Chelsea",%s"bookmakers":[%s]}"""
        .formatted(
            eventId,
            sportKey,
            commence,
            status == null ? "" : "\"status\":\"" + status + "\",",
            String.join(",", bookmakers));
  }

  static String batch(FeedMessage... events) {
    List<String> json = new ArrayList<>();
    for (FeedMessage event : events) {
      json.add(event.json());
    }
    return "[" + String.join(",", json) + "]";
  }
}

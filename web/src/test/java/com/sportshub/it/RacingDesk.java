package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes race cards, prices and race states over REST as a racing feed would, for the tests. */
final class RacingDesk {

  static final String PUBLISHER = TestTokens.forRoles("racing-desk", "publisher");

  private final Api api;

  RacingDesk(PayaraMicro hub) {
    this.api = new Api(hub.base());
  }

  Api api() {
    return api;
  }

  /** A meeting no other test uses, today, at a British course; returns its id. */
  String meeting() throws Exception {
    String meetingId = "itm-" + UUID.randomUUID().toString().substring(0, 8);
    ok(
        201,
        post(
            "/api/racing/meetings",
            """
            {"meetingId":"%s","course":"Cheltenham","date":"%s","country":"GB","going":"Soft"}"""
                .formatted(meetingId, LocalDate.now(ZoneOffset.UTC))));
    return meetingId;
  }

  /**
   * A race in the meeting with runners 1 to {@code runners}, off in an hour, paying 3 places
   * whatever the runners; returns its id.
   */
  String race(String meetingId, int number, int runners) throws Exception {
    return race(meetingId, number, runners, ",\"placesPaid\":3");
  }

  /** A race with {@code terms} (more fields of its body, each after a comma) and its runners. */
  String race(String meetingId, int number, int runners, String terms) throws Exception {
    String raceId = "itr-" + UUID.randomUUID().toString().substring(0, 8);
    ok(
        201,
        post(
            "/api/racing/meetings/" + meetingId + "/races",
            """
            {"raceId":"%s","number":%d,"name":"Hartley Handicap","offTime":"%s",\
            "distanceMetres":4023,"raceClass":"Class 2"%s}"""
                .formatted(raceId, number, Instant.now().plusSeconds(3_600), terms)));
    List<String> field = new ArrayList<>();
    for (int cloth = 1; cloth <= runners; cloth++) {
      field.add(
          """
          {"cloth":%d,"horse":"Horse %d","jockey":"J Rider","trainer":"T Yard","draw":%d,\
          "weightLbs":161}"""
              .formatted(cloth, cloth, cloth));
    }
    ok(
        201,
        post(
            "/api/racing/races/" + raceId + "/runners",
            "{\"runners\":[" + String.join(",", field) + "]}"));
    return raceId;
  }

  /** A race in a meeting of its own. */
  String race(int runners) throws Exception {
    return race(meeting(), 1, runners);
  }

  /** Prices, cloth then price text ("5/2", "+150", "3.5"), in one write. */
  Api.Response price(String raceId, Object... clothThenPrice) throws Exception {
    List<String> prices = new ArrayList<>();
    for (int i = 0; i < clothThenPrice.length; i += 2) {
      prices.add(
          "{\"cloth\":%s,\"price\":\"%s\"}".formatted(clothThenPrice[i], clothThenPrice[i + 1]));
    }
    return post(
        "/api/racing/races/" + raceId + "/prices",
        "{\"prices\":[" + String.join(",", prices) + "]}");
  }

  /** Replaces the race's win or place pool: {@code {"total":…,"stakes":{"1":…}}}. */
  Api.Response pool(String raceId, String pool, String json) throws Exception {
    return api.put("/api/racing/races/" + raceId + "/pools/" + pool, PUBLISHER, json);
  }

  Api.Response move(String raceId, String status) throws Exception {
    return post("/api/racing/races/" + raceId + "/status", "{\"status\":\"" + status + "\"}");
  }

  /** Moves through each status, every move accepted. */
  void moveThrough(String raceId, String... statuses) throws Exception {
    for (String status : statuses) {
      ok(200, move(raceId, status));
    }
  }

  Api.Response declare(String raceId, int... order) throws Exception {
    List<String> placings = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      placings.add(
          "{\"cloth\":%d,\"distance\":%s}".formatted(order[i], i == 0 ? "null" : "\"nk\""));
    }
    return post(
        "/api/racing/races/" + raceId + "/result",
        "{\"placings\":[" + String.join(",", placings) + "]}");
  }

  Api.Response withdraw(String raceId, int cloth) throws Exception {
    return post("/api/racing/races/" + raceId + "/runners/" + cloth + "/withdrawal", "");
  }

  Api.Response post(String path, String json) throws Exception {
    return api.post(path, PUBLISHER, json);
  }

  JsonObject card(String raceId, String format) throws Exception {
    Api.Response card = api.get("/api/racing/races/" + raceId + "?format=" + format);
    ok(200, card);
    return card.json().asJsonObject();
  }

  static Api.Response ok(int status, Api.Response answer) {
    assertEquals(status, answer.status(), answer.body());
    return answer;
  }
}

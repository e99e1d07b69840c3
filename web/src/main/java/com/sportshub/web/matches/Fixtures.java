package com.sportshub.web.matches;

import com.sportshub.matches.commands.MatchFixture;
import com.sportshub.web.problems.InvalidInput;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

/** Reads a fixture from a request body, refusing wrong types and the ids the API's paths use. */
final class Fixtures {

  /** Ids that are paths of their own under /api/matches. */
  private static final Set<String> RESERVED =
      Set.of(
          "live",
          "sync-status",
          "data-quality",
          "standings",
          "competitions",
          "import",
          "simulator");

  private Fixtures() {}

  static MatchFixture read(JsonObject body) {
    if (body == null) {
      throw new InvalidInput("body", "is required");
    }
    String id = text(body, "matchId");
    if (id != null && RESERVED.contains(id)) {
      throw new InvalidInput("matchId", "is a path of the API; choose another");
    }
    return new MatchFixture(
        id == null ? "m-" + UUID.randomUUID().toString().substring(0, 13) : id,
        text(body, "competition"),
        text(body, "season"),
        whole(body, "matchday"),
        instant(body, "kickoff"),
        text(body, "homeTeam"),
        text(body, "awayTeam"));
  }

  static String text(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidInput(field, "must be a string");
  }

  static Integer whole(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber n && n.isIntegral()) {
      return n.intValue();
    }
    throw new InvalidInput(field, "must be a whole number");
  }

  private static Instant instant(JsonObject body, String field) {
    String text = text(body, field);
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "must be an ISO-8601 instant such as 2026-11-22T15:00:00Z");
    }
  }
}

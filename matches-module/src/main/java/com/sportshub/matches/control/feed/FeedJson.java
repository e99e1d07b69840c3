package com.sportshub.matches.control.feed;

import com.sportshub.matches.entity.Goals;
import com.sportshub.matches.entity.InvalidMatchInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Lenient reading of feed JSON: a missing or null value is null, numbers may come as strings (ESPN
 * sends scores as "2"); only a value of an impossible type is refused, naming its path.
 */
final class FeedJson {

  private static final JsonProvider JSON = JsonProvider.provider();

  private FeedJson() {}

  static JsonObject parse(String body) {
    try {
      JsonValue value = JSON.createReader(new StringReader(body)).readValue();
      if (value instanceof JsonObject o) {
        return o;
      }
      throw new InvalidMatchInput("body", "must be a JSON object");
    } catch (JsonException e) {
      throw new InvalidMatchInput("body", "is not JSON: " + e.getMessage());
    }
  }

  static JsonObject object(JsonObject o, String name) {
    return o != null && o.get(name) instanceof JsonObject inner ? inner : null;
  }

  static List<JsonObject> objects(JsonObject o, String name) {
    if (o == null || !(o.get(name) instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
  }

  static String text(JsonObject o, String name) {
    if (o == null) {
      return null;
    }
    JsonValue v = o.get(name);
    if (v instanceof JsonString s) {
      return s.getString();
    }
    return v instanceof JsonNumber n ? n.toString() : null;
  }

  static Integer whole(JsonObject o, String name, String path) {
    if (o == null) {
      return null;
    }
    JsonValue v = o.get(name);
    if (v instanceof JsonNumber n) {
      return n.intValue();
    }
    if (v instanceof JsonString s && !s.getString().isBlank()) {
      try {
        return (int) Math.floor(Double.parseDouble(s.getString().trim()));
      } catch (NumberFormatException e) {
        throw new InvalidMatchInput(path + "." + name, "is not a number: " + s.getString());
      }
    }
    return null;
  }

  static boolean flag(JsonObject o, String name) {
    return o != null && o.get(name) == JsonValue.TRUE;
  }

  /** An ISO-8601 time with or without seconds ({@code 2024-08-16T19:00Z}, ESPN's form). */
  static Instant instant(JsonObject o, String name, String path) {
    String text = text(o, name);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException again) {
        throw new InvalidMatchInput(path + "." + name, "is not an ISO-8601 time: " + text);
      }
    }
  }

  /** {@code {"home": 1, "away": 0}} as goals; null when either is missing. */
  static Goals goals(JsonObject o, String name, String path) {
    JsonObject pair = object(o, name);
    Integer home = whole(pair, "home", path + "." + name);
    Integer away = whole(pair, "away", path + "." + name);
    return home == null || away == null || home < 0 || away < 0 ? null : new Goals(home, away);
  }
}

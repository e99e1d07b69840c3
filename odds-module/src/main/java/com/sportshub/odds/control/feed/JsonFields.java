package com.sportshub.odds.control.feed;

import com.sportshub.odds.entity.InvalidFeed;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON value with its path in the message, whose getters refuse what is missing or wrong with an
 * {@link InvalidFeed} naming the field ({@code [3].bookmakers[0].last_update}).
 */
final class JsonFields {

  /** Larger than any price or line a bookmaker offers, small enough for the columns. */
  private static final BigDecimal LIMIT = new BigDecimal("100000");

  // The path is spelt out only for an error: a feed batch holds thousands of values.
  private final JsonFields parent;
  private final String field;
  private final int index;
  private final JsonValue value;

  /** The whole message. */
  JsonFields(JsonValue message) {
    this(null, null, -1, message);
  }

  private JsonFields(JsonFields parent, String field, int index, JsonValue value) {
    this.parent = parent;
    this.field = field;
    this.index = index;
    this.value = value;
  }

  InvalidFeed invalid(String field, String problem) {
    return new InvalidFeed(at(field), problem);
  }

  private String path() {
    if (parent == null) {
      return "";
    }
    return field != null ? parent.at(field) : parent.path() + "[" + index + "]";
  }

  private String at(String field) {
    String path = path();
    return path.isEmpty() ? field : path + "." + field;
  }

  /** This value, refused unless it is an object; the error names it by its path. */
  JsonFields object() {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidFeed(path().isEmpty() ? "body" : path(), "must be an object");
    }
    return this;
  }

  /** This value's elements, each an object. */
  List<JsonFields> elements(int max) {
    var array = value.asJsonArray();
    if (array.size() > max) {
      throw new InvalidFeed(
          path().isEmpty() ? "body" : path(), "holds more than " + max + " elements");
    }
    List<JsonFields> elements = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      elements.add(new JsonFields(this, null, i, array.get(i)).object());
    }
    return elements;
  }

  boolean has(String field) {
    JsonValue v = fields().get(field);
    return v != null && v.getValueType() != JsonValue.ValueType.NULL;
  }

  String text(String field, int maxLength) {
    String text = optionalText(field, maxLength);
    if (text == null || text.isBlank()) {
      throw invalid(field, "is required");
    }
    return text;
  }

  String optionalText(String field, int maxLength) {
    if (!has(field)) {
      return null;
    }
    if (!(fields().get(field) instanceof JsonString s)) {
      throw invalid(field, "must be a string");
    }
    if (s.getString().length() > maxLength) {
      throw invalid(field, "is longer than " + maxLength + " characters");
    }
    return s.getString();
  }

  /**
   * An id: 1 to 64 of {@code A-Z a-z 0-9 _ . -}. Ids become channel names ({@code
   * odds:event:{id}}), so they keep to the channel alphabet. Checked by hand, not by a regular
   * expression: a batch holds three per event.
   */
  String id(String field) {
    String text = text(field, 128);
    if (text.length() > 64 || !text.chars().allMatch(JsonFields::idChar)) {
      throw invalid(field, "must match [A-Za-z0-9_.-]{1,64}");
    }
    return text;
  }

  private static boolean idChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '-';
  }

  Instant instant(String field) {
    String text = text(field, 40);
    try {
      // PostgreSQL keeps microseconds: finer digits would make a repeat look like a change.
      return IsoInstant.parse(text).truncatedTo(ChronoUnit.MICROS);
    } catch (DateTimeParseException e) {
      throw invalid(field, "must be an ISO-8601 instant such as 2026-11-22T15:00:00Z");
    }
  }

  BigDecimal number(String field) {
    if (!has(field)) {
      throw invalid(field, "is required");
    }
    if (!(fields().get(field) instanceof JsonNumber n)) {
      throw invalid(field, "must be a number");
    }
    BigDecimal number = n.bigDecimalValue();
    if (number.abs().compareTo(LIMIT) >= 0 || number.scale() > 4) {
      throw invalid(field, "is out of range (at most 4 decimal places, below " + LIMIT + ")");
    }
    return number;
  }

  List<JsonFields> array(String field, int max) {
    if (!has(field)) {
      throw invalid(field, "is required");
    }
    return optionalArray(field, max);
  }

  List<JsonFields> optionalArray(String field, int max) {
    if (!has(field)) {
      return List.of();
    }
    JsonValue v = fields().get(field);
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      throw invalid(field, "must be an array");
    }
    return new JsonFields(this, field, -1, v).elements(max);
  }

  private JsonObject fields() {
    return value.asJsonObject();
  }
}

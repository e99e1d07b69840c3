package com.sportshub.web;

import com.sportshub.web.problems.InvalidInput;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Typed reads of a request body's fields, refusing a value of the wrong type with 400 naming the
 * field by its path ({@code prefix} + name). Absent and null are the same: null. Whether a value is
 * required, and its range, is the racing context's business.
 */
public final class Fields {

  private final JsonObject object;
  private final String prefix;

  private Fields(JsonObject object, String prefix) {
    this.object = object;
    this.prefix = prefix;
  }

  /** The fields of a body that must be an object. */
  public static Fields of(JsonValue body) {
    return of(body, "body", "");
  }

  /** The fields of a value at {@code path} that must be an object; names start {@code prefix}. */
  public static Fields of(JsonValue value, String path, String prefix) {
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidInput(path, "must be a JSON object");
    }
    return new Fields(value.asJsonObject(), prefix);
  }

  public String text(String name) {
    JsonValue value = value(name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidInput(prefix + name, "must be a string");
  }

  /** A string, or a number taken as its text ("3.5" for 3.5): prices come either way. */
  public String textOrNumber(String name) {
    JsonValue value = value(name);
    return value instanceof JsonNumber n ? n.bigDecimalValue().toPlainString() : text(name);
  }

  public Integer integer(String name) {
    JsonValue value = value(name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.intValueExact();
      } catch (ArithmeticException tooLarge) {
        throw new InvalidInput(prefix + name, "is too large");
      }
    }
    throw new InvalidInput(prefix + name, "must be a whole number");
  }

  public Boolean bool(String name) {
    JsonValue value = value(name);
    if (value == null) {
      return null;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw new InvalidInput(prefix + name, "must be true or false");
  }

  public int required(String name) {
    Integer value = integer(name);
    if (value == null) {
      throw new InvalidInput(prefix + name, "is required");
    }
    return value;
  }

  public BigDecimal decimal(String name) {
    JsonValue value = value(name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    throw new InvalidInput(prefix + name, "must be a number");
  }

  public Instant instant(String name) {
    String text = text(name);
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          prefix + name, "must be an ISO-8601 instant such as 2026-03-10T13:30:00Z");
    }
  }

  public LocalDate date(String name) {
    String text = text(name);
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(prefix + name, "must be a date such as 2026-03-10");
    }
  }

  /** An array of objects, each read as fields named {@code name[i].}. */
  public List<Fields> objects(String name) {
    JsonValue value = value(name);
    if (value == null) {
      throw new InvalidInput(prefix + name, "is required");
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new InvalidInput(prefix + name, "must be an array");
    }
    List<JsonValue> items = value.asJsonArray();
    List<Fields> fields = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = prefix + name + "[" + i + "]";
      fields.add(of(items.get(i), path, path + "."));
    }
    return fields;
  }

  /** An object field read as fields named {@code name.}. */
  public Fields object(String name) {
    JsonValue value = value(name);
    if (value == null) {
      throw new InvalidInput(prefix + name, "is required");
    }
    return of(value, prefix + name, prefix + name + ".");
  }

  /** The names of the fields, for maps such as stakes by cloth. */
  public java.util.Set<String> names() {
    return object.keySet();
  }

  private JsonValue value(String name) {
    JsonValue value = object.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
  }
}

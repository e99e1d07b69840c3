package com.sportshub.kernel;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;

/**
 * Adds values that may be missing as JSON {@code null}, so that every object of a kind has the same
 * fields; numbers in their shortest plain form. For object builders and for generators alike.
 */
public final class JsonNulls {

  private JsonNulls() {}

  /** 3.5000 as 3.5 and 10.0000 as 10, never with an exponent; null as null. */
  public static JsonObjectBuilder number(JsonObjectBuilder o, String name, BigDecimal value) {
    return value == null ? o.addNull(name) : o.add(name, plain(value));
  }

  public static JsonObjectBuilder text(JsonObjectBuilder o, String name, String value) {
    return value == null ? o.addNull(name) : o.add(name, value);
  }

  /** As {@link #number(JsonObjectBuilder, String, BigDecimal)}, for a generator. */
  public static JsonGenerator number(JsonGenerator g, String name, BigDecimal value) {
    return value == null ? g.writeNull(name) : g.write(name, plain(value));
  }

  public static JsonGenerator text(JsonGenerator g, String name, String value) {
    return value == null ? g.writeNull(name) : g.write(name, value);
  }

  /** The number without trailing zeros and without an exponent. */
  public static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}

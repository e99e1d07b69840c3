package com.sportshub.odds.query;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;

/** Adds values that may be missing as JSON {@code null}; numbers in their shortest plain form. */
final class JsonNulls {

  private JsonNulls() {}

  /** 3.5000 as 3.5 and 10.0000 as 10, never with an exponent; null as null. */
  static JsonObjectBuilder number(JsonObjectBuilder o, String name, BigDecimal value) {
    return value == null ? o.addNull(name) : o.add(name, plain(value));
  }

  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static JsonObjectBuilder text(JsonObjectBuilder o, String name, String value) {
    return value == null ? o.addNull(name) : o.add(name, value);
  }

  /** As {@link #number(JsonObjectBuilder, String, BigDecimal)}, for a generator. */
  static JsonGenerator number(JsonGenerator g, String name, BigDecimal value) {
    return value == null ? g.writeNull(name) : g.write(name, plain(value));
  }

  static JsonGenerator text(JsonGenerator g, String name, String value) {
    return value == null ? g.writeNull(name) : g.write(name, value);
  }
}

package com.sportshub.racing.query;

import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/** Adds values that may be missing as JSON {@code null}; numbers in their shortest plain form. */
final class JsonNulls {

  private JsonNulls() {}

  /** 3.5000 as 3.5 and 10.0000 as 10, never with an exponent; null as null. */
  static JsonObjectBuilder number(JsonObjectBuilder o, String name, BigDecimal value) {
    if (value == null) {
      return o.addNull(name);
    }
    BigDecimal plain = value.stripTrailingZeros();
    return o.add(name, plain.scale() < 0 ? plain.setScale(0) : plain);
  }

  static JsonObjectBuilder text(JsonObjectBuilder o, String name, String value) {
    return value == null ? o.addNull(name) : o.add(name, value);
  }
}

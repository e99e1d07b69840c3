package com.sportshub.ws.endpoint;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * Whole numbers a client may send ({@code id}, {@code since}): those every JSON reader takes
 * exactly, within plus or minus 2^53 - 1 (JavaScript's safe integers). Anything else is refused
 * rather than rounded or read as 0; and a number such as {@code 1e999999999} is never expanded.
 */
final class SafeIntegers {

  static final long MAX = (1L << 53) - 1;

  private SafeIntegers() {}

  /** The value as a long when it is a safe integer; otherwise empty. */
  static OptionalLong of(JsonValue value) {
    if (!(value instanceof JsonNumber number)) {
      return OptionalLong.empty();
    }
    BigDecimal decimal = number.bigDecimalValue();
    if (decimal.signum() == 0) {
      return OptionalLong.of(0);
    }
    if (decimal.precision() - decimal.scale() > 16) {
      return OptionalLong.empty(); // more than 16 digits before the point: past 2^53 anyway
    }
    try {
      long whole = decimal.longValueExact();
      return Math.abs(whole) <= MAX ? OptionalLong.of(whole) : OptionalLong.empty();
    } catch (ArithmeticException fraction) {
      return OptionalLong.empty();
    }
  }
}

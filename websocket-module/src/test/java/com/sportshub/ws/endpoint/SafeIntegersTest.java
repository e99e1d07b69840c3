package com.sportshub.ws.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SafeIntegersTest {

  @Test
  void wholeNumbersWithinTwoToTheFiftyThreeAreRead() {
    assertEquals(OptionalLong.of(0), read("0"));
    assertEquals(OptionalLong.of(43), read("43"));
    assertEquals(OptionalLong.of(43), read("4.3e1"));
    assertEquals(OptionalLong.of(-7), read("-7"));
    assertEquals(OptionalLong.of(9_007_199_254_740_991L), read("9007199254740991"));
  }

  @Test
  void fractionsLargeNumbersAndOtherTypesAreRefused() {
    assertEquals(OptionalLong.empty(), read("9007199254740992"));
    assertEquals(OptionalLong.empty(), read("1.5"));
    assertEquals(OptionalLong.empty(), read("1e999999999"));
    assertEquals(OptionalLong.empty(), read("1e-999999999"));
    assertEquals(OptionalLong.empty(), read("1" + "0".repeat(1000)));
    assertEquals(OptionalLong.empty(), read("\"43\""));
    assertEquals(OptionalLong.empty(), read("null"));
  }

  private static OptionalLong read(String json) {
    JsonValue value = Json.createReader(new StringReader("[" + json + "]")).readArray().get(0);
    return SafeIntegers.of(value);
  }
}

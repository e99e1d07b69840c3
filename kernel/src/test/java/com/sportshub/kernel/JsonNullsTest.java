package com.sportshub.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonNullsTest {

  @Test
  void writesNumbersPlainAndMissingValuesAsNull() {
    var o = Json.createObjectBuilder();
    JsonNulls.number(o, "price", new BigDecimal("3.5000"));
    JsonNulls.number(o, "total", new BigDecimal("1E+1"));
    JsonNulls.number(o, "point", null);
    JsonNulls.text(o, "steam", null);

    assertEquals(
        "{\"price\":3.5,\"total\":10,\"point\":null,\"steam\":null}", o.build().toString());
  }
}

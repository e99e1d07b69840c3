package com.sportshub.ws.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void quotesSoThatAJsonParserReadsBackTheSameString() {
    String tricky = "say \"hi\"\\ \n\t\r \u0001 é ⚽";

    String quoted = JsonText.quote(tricky);

    String parsed =
        Json.createReader(new StringReader("[" + quoted + "]")).readArray().getString(0);
    assertEquals(tricky, parsed);
  }
}

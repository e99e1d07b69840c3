package com.sportshub.ws.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.ws.broker.JsonText;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BroadcastBodyTest {

  private static JsonObject json(String text) {
    return JsonText.JSON.createReader(new StringReader(text)).readObject();
  }

  @Test
  void readsOneBroadcastKeepingItsDataAsGiven() {
    List<Broadcast> read =
        BroadcastBody.read(
            json("{\"channel\":\"news\",\"event\":\"news_update\",\"data\":{\"b\":1,\"a\":2}}"));

    assertEquals(List.of(new Broadcast("news", "news_update", "{\"b\":1,\"a\":2}")), read);
  }

  @Test
  void readsABatchInItsOrder() {
    List<Broadcast> read =
        BroadcastBody.read(
            json(
                "{\"items\":[{\"channel\":\"notice:a\",\"event\":\"n\",\"data\":1},"
                    + "{\"channel\":\"user:bob\",\"event\":\"notification\",\"data\":\"x\"}]}"));

    assertEquals(List.of("notice:a", "user:bob"), read.stream().map(Broadcast::channel).toList());
  }

  @Test
  void refusesAWholeBatchNamingTheFirstWrongField() {
    InvalidBroadcast wrong =
        assertThrows(
            InvalidBroadcast.class,
            () ->
                BroadcastBody.read(
                    json(
                        "{\"items\":[{\"channel\":\"news\",\"event\":\"n\",\"data\":1},"
                            + "{\"channel\":\"race:7\",\"event\":\"n\",\"data\":1}]}")));

    assertEquals("items[1].channel", wrong.field());
    assertEquals("is not allowed here", wrong.problem());
  }

  @Test
  void refusesABroadcastWithoutData() {
    InvalidBroadcast wrong =
        assertThrows(
            InvalidBroadcast.class,
            () -> BroadcastBody.read(json("{\"channel\":\"news\",\"event\":\"n\"}")));

    assertEquals("data", wrong.field());
  }

  @Test
  void refusesAnEmptyOrOversizedBatch() {
    assertThrows(InvalidBroadcast.class, () -> BroadcastBody.read(json("{\"items\":[]}")));
    String item = "{\"channel\":\"news\",\"event\":\"n\",\"data\":1}";
    String tooMany =
        "{\"items\":[" + String.join(",", java.util.Collections.nCopies(1001, item)) + "]}";
    assertThrows(InvalidBroadcast.class, () -> BroadcastBody.read(json(tooMany)));
  }
}

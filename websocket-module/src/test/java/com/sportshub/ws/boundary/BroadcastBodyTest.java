package com.sportshub.ws.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BroadcastBodyTest {

  private static InvalidBroadcast refused(String text) {
    return assertThrows(InvalidBroadcast.class, () -> BroadcastBody.read(text));
  }

  @Test
  void readsOneBroadcastKeepingItsDataAsGiven() {
    List<Broadcast> read =
        BroadcastBody.read(
            "{\"channel\":\"news\",\"event\":\"news_update\",\"data\":{\"b\":1,\"a\":2}}");

    assertEquals(List.of(new Broadcast("news", "news_update", "{\"b\":1,\"a\":2}")), read);
  }

  @Test
  void cutsEachKindOfDataOutOfTheTextExactly() {
    String body =
        "{\"items\":[{\"channel\":\"news\",\"event\":\"n\",\"data\" :\n [ 1, {\"x\": \"}\"} ] },"
            + "{\"data\":\"text\",\"channel\":\"news\",\"event\":\"n\"},"
            + "{\"channel\":\"news\",\"data\":-12.5e3,\"event\":\"n\"},"
            + "{\"channel\":\"news\",\"event\":\"n\",\"data\":null},"
            + "{\"channel\":\"news\",\"event\":\"n\",\"data\":true}]}";

    assertEquals(
        List.of("[ 1, {\"x\": \"}\"} ]", "\"text\"", "-12.5e3", "null", "true"),
        BroadcastBody.read(body).stream().map(Broadcast::data).toList());
  }

  @Test
  void readsABatchInItsOrderWhereverItsKeyIs() {
    List<Broadcast> read =
        BroadcastBody.read(
            "{\"note\":{\"a\":[1]},\"items\":[{\"channel\":\"notice:a\",\"event\":\"n\",\"data\":1},"
                + "{\"channel\":\"user:bob\",\"event\":\"notification\",\"data\":\"x\"}]}");

    assertEquals(List.of("notice:a", "user:bob"), read.stream().map(Broadcast::channel).toList());
  }

  @Test
  void refusesAWholeBatchNamingTheFirstWrongField() {
    InvalidBroadcast wrong =
        refused(
            "{\"items\":[{\"channel\":\"news\",\"event\":\"n\",\"data\":1},"
                + "{\"channel\":\"race:7\",\"event\":\"n\",\"data\":1}]}");

    assertEquals("items[1].channel", wrong.field());
    assertEquals("is not allowed here", wrong.problem());
  }

  @Test
  void refusesABroadcastWithoutDataOrWithAChannelThatIsNotText() {
    assertEquals("data", refused("{\"channel\":\"news\",\"event\":\"n\"}").field());
    assertEquals("channel", refused("{\"channel\":7,\"event\":\"n\",\"data\":1}").field());
  }

  @Test
  void refusesAnItemThatIsNotAnObjectAndItemsThatAreNotAnArray() {
    assertEquals("items[0]", refused("{\"items\":[7]}").field());
    assertEquals("items", refused("{\"items\":{}}").field());
    assertEquals("body", refused("[]").field());
    assertEquals("body", refused("  ").field());
  }

  @Test
  void refusesAnEmptyOrOversizedBatch() {
    refused("{\"items\":[]}");
    String item = "{\"channel\":\"news\",\"event\":\"n\",\"data\":1}";
    refused("{\"items\":[" + String.join(",", Collections.nCopies(1001, item)) + "]}");
  }

  @Test
  void holdsTheWholeBodyToTheLimitsBeforeLookingAtItsFields() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertEquals("[0]".repeat(32), refused(deep).field());
    assertEquals("data" + "[0]".repeat(31), refused("{\"data\":" + deep + "}").field());
    assertEquals("n", refused("{\"n\":" + "9".repeat(5_000) + "}").field());
    assertEquals(
        "items[1].data.p",
        refused("{\"items\":[{\"channel\":7},{\"data\":{\"p\":1e999999999}}]}").field());
  }

  @Test
  void leavesTextThatIsNotJsonToTheParser() {
    assertThrows(JsonException.class, () -> BroadcastBody.read("{\"channel\":"));
    assertThrows(JsonException.class, () -> BroadcastBody.read("{} {}"));
  }
}

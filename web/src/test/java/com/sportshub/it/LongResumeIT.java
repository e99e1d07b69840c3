package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client that resumes after missing more updates than its send queue holds (1,024 frames here),
 * reading at full speed, gets every one of them in order and stays connected: the replay is queued
 * as it reads, not at once.
 */
@ExtendWith(HubNode.class)
class LongResumeIT {

  private static final int MISSED = 2_500;

  /** Updates of a few kilobytes, as a busy race card's are: writing them takes the socket time. */
  private static final String PAD = "x".repeat(3_000);

  private static final int PER_REQUEST = 250;

  @Test
  void aResumeOfTwoAndAHalfThousandUpdatesArrivesWholeAndInOrder(PayaraMicro hub) throws Exception {
    String channel = "notice:long-resume-" + System.nanoTime();
    Broadcaster newsroom = new Broadcaster(hub);
    for (int from = 1; from <= MISSED; from += PER_REQUEST) {
      StringJoiner items = new StringJoiner(",", "{\"items\":[", "]}");
      for (int i = from; i < Math.min(from + PER_REQUEST, MISSED + 1); i++) {
        items.add(
            "{\"channel\":\""
                + channel
                + "\",\"event\":\"notice\",\"data\":{\"n\":"
                + i
                + ",\"pad\":\""
                + PAD
                + "\"}}");
      }
      assertEquals(202, newsroom.sendRaw(items.toString()).status());
    }

    try (WsClient client = WsClient.connect(hub.webSocket())) {
      client.resume(channel, 0);
      JsonObject subscribed = client.next("subscribed");
      assertTrue(subscribed.getBoolean("recovered"));
      // 202 means the broker has taken the batch, not that Redis holds it yet: the last few may
      // still be on their way, and then come live after the replay, in order, with no gap.
      long replayed = subscribed.getJsonNumber("seq").longValue();
      assertTrue(replayed > 0 && replayed <= MISSED, "replayed up to " + replayed);
      for (int n = 1; n <= MISSED; n++) {
        JsonObject update = client.next("update");
        assertEquals(n, update.getJsonNumber("seq").longValue());
        assertEquals(n, update.getJsonObject("data").getInt("n"));
      }
      newsroom.send(channel, "notice", "{\"n\":" + (MISSED + 1) + "}");
      assertEquals(MISSED + 1, client.next("update").getJsonNumber("seq").longValue());
      assertFalse(client.isClosed());
    }
  }
}

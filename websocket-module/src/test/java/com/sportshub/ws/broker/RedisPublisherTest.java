package com.sportshub.ws.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisPublisherTest {

  /** One publication as the script reads it from the packed batch, the way Lua does: in bytes. */
  private record Unpacked(String channel, long ts, String head, String tail, int chars) {}

  private static List<Unpacked> unpack(byte[] packed) {
    List<Unpacked> read = new ArrayList<>();
    int[] at = {0};
    while (at[0] < packed.length) {
      String channel = field(packed, at);
      long ts = Long.parseLong(field(packed, at));
      int headBytes = Integer.parseInt(field(packed, at));
      int tailBytes = Integer.parseInt(field(packed, at));
      int chars = Integer.parseInt(field(packed, at));
      String head = new String(packed, at[0], headBytes, StandardCharsets.UTF_8);
      String tail = new String(packed, at[0] + headBytes, tailBytes, StandardCharsets.UTF_8);
      at[0] += headBytes + tailBytes;
      read.add(new Unpacked(channel, ts, head, tail, chars));
    }
    return read;
  }

  private static String field(byte[] packed, int[] at) {
    int stop = at[0];
    while (packed[stop] != '\n') {
      stop++;
    }
    String value = new String(packed, at[0], stop - at[0], StandardCharsets.UTF_8);
    at[0] = stop + 1;
    return value;
  }

  @Test
  void eachFrameIsCountedInTheBytesSentAndInTheCharsTheReaderWillSee() {
    List<String> texts =
        List.of(
            "",
            "plain ascii",
            "Bayern München – 1½ ×",
            "emoji \uD83C\uDFC7 horse",
            "lone high \uD800 surrogate",
            "high at the end \uD83C",
            "\uDFC7\uD83C reversed pair",
            "line\nbreak");
    List<Publication> batch = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      batch.add(new Publication("news:" + i, "news", JsonText.quote(texts.get(i)), 1_000L + i));
    }

    List<Unpacked> read = unpack(RedisPublisher.packed(batch));

    assertEquals(texts.size(), read.size());
    for (int i = 0; i < texts.size(); i++) {
      Publication sent = batch.get(i);
      Unpacked got = read.get(i);
      String received =
          new String(
              (sent.frameHead() + sent.frameTail()).getBytes(StandardCharsets.UTF_8),
              StandardCharsets.UTF_8);
      assertEquals(sent.channel(), got.channel());
      assertEquals(sent.ts(), got.ts());
      assertEquals(received, got.head() + got.tail(), texts.get(i));
      assertEquals(received.length(), got.chars(), texts.get(i));
    }
  }
}

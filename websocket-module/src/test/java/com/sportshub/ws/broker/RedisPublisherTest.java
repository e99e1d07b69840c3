package com.sportshub.ws.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisPublisherTest {

  @Test
  void countsTheBytesTheRedisClientWritesForEveryKindOfCharacter() {
    List<String> texts =
        List.of(
            "",
            "plain ascii {\"seq\":1}",
            "Bayern München – 1½ ×",
            "emoji \uD83C\uDFC7 horse",
            "lone high \uD800 surrogate",
            "lone low \uDC00 surrogate",
            "high at the end \uD83C",
            "\uDFC7\uD83C reversed pair");
    for (String text : texts) {
      ByteBuf written = Unpooled.buffer();
      written.writeCharSequence(text, StandardCharsets.UTF_8); // what Redisson's StringCodec does
      assertEquals(written.readableBytes(), RedisPublisher.utf8Bytes(text), text);
    }
  }

  @Test
  void wellFormedTextCountsAsTheJdkEncodesIt() {
    String text = "Sète 2–1 Nîmes \uD83C\uDFC6";
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, RedisPublisher.utf8Bytes(text));
  }
}

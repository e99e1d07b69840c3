package com.sportshub.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClientFramesTest {

  static String unmaskText(ByteBuffer frame) {
    return new String(unmask(frame), StandardCharsets.UTF_8);
  }

  /** The client's payload, unmasked again as a server would read it. */
  static byte[] unmask(ByteBuffer frame) {
    int second = frame.get(1) & 0x7f;
    int at = 2;
    int length = second;
    if (second == 126) {
      length = frame.getShort(2) & 0xffff;
      at = 4;
    } else if (second == 127) {
      length = (int) frame.getLong(2);
      at = 10;
    }
    byte[] mask = {frame.get(at), frame.get(at + 1), frame.get(at + 2), frame.get(at + 3)};
    byte[] payload = new byte[length];
    for (int i = 0; i < length; i++) {
      payload[i] = (byte) (frame.get(at + 4 + i) ^ mask[i & 3]);
    }
    return payload;
  }

  @Test
  void aMaskedTextFrameMatchesTheRfcExample() {
    // RFC 6455 §5.7: "Hello" masked with 37 fa 21 3d.
    ByteBuffer frame =
        ClientFrames.frame(0x1, "Hello".getBytes(StandardCharsets.UTF_8), 0x37fa213d);

    byte[] bytes = new byte[frame.remaining()];
    frame.get(bytes);

    assertArrayEquals(
        new byte[] {
          (byte) 0x81,
          (byte) 0x85,
          0x37,
          (byte) 0xfa,
          0x21,
          0x3d,
          0x7f,
          (byte) 0x9f,
          0x4d,
          0x51,
          0x58
        },
        bytes);
  }

  @Test
  void textOfEveryLengthFormUnmasksToWhatWasSent() {
    for (String message : new String[] {"", "x".repeat(125), "y".repeat(126), "é".repeat(40_000)}) {
      assertEquals(message, unmaskText(ClientFrames.text(message)));
    }
  }

  @Test
  void aCloseFrameCarriesItsCode() {
    ByteBuffer close = ClientFrames.close(1001);

    assertEquals(0x88, close.get(0) & 0xff);
    assertArrayEquals(new byte[] {0x03, (byte) 0xe9}, unmask(close));
  }
}

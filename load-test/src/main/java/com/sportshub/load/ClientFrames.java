package com.sportshub.load;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** Frames a client sends (RFC 6455 §5.3: always masked, with a fresh key for each frame). */
final class ClientFrames {

  private ClientFrames() {}

  static ByteBuffer text(String message) {
    return frame(
        0x1, message.getBytes(StandardCharsets.UTF_8), ThreadLocalRandom.current().nextInt());
  }

  static ByteBuffer pong(byte[] payload) {
    return frame(0xA, payload, ThreadLocalRandom.current().nextInt());
  }

  static ByteBuffer close(int code) {
    return frame(
        0x8, new byte[] {(byte) (code >> 8), (byte) code}, ThreadLocalRandom.current().nextInt());
  }

  /** One final frame of {@code opcode} carrying {@code payload} masked with {@code mask}. */
  static ByteBuffer frame(int opcode, byte[] payload, int mask) {
    int length = payload.length;
    int lengthBytes = length < 126 ? 0 : length <= 0xffff ? 2 : 8;
    ByteBuffer frame = ByteBuffer.allocate(2 + lengthBytes + 4 + length);
    frame.put((byte) (0x80 | opcode));
    if (lengthBytes == 0) {
      frame.put((byte) (0x80 | length));
    } else if (lengthBytes == 2) {
      frame.put((byte) (0x80 | 126)).putShort((short) length);
    } else {
      frame.put((byte) (0x80 | 127)).putLong(length);
    }
    frame.putInt(mask);
    for (int i = 0; i < length; i++) {
      frame.put((byte) (payload[i] ^ (mask >>> (8 * (3 - (i & 3))))));
    }
    return frame.flip();
  }
}

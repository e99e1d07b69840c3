package com.sportshub.ws.endpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FrameGateTest {

  private static final int LIMIT = 16_384;

  @Test
  void framesWithinTheLimitPassUnchangedHoweverTheBytesAreSplit() {
    byte[] stream = concat(frame(10), frame(200), frame(LIMIT), frame(0), frame(7_000));
    for (int chunk : new int[] {1, 2, 3, 7, 13, 100, 4096, stream.length}) {
      FrameGate gate = new FrameGate(LIMIT);
      assertArrayEquals(stream, passInChunks(gate, stream, chunk), "chunks of " + chunk);
      assertFalse(gate.refused());
    }
  }

  @Test
  void aHeaderIsHeldBackUntilItIsWhole() {
    byte[] frame = frame(300); // 2 + 2 extended + 4 mask = 8 header bytes
    FrameGate gate = new FrameGate(LIMIT);
    byte[] out = new byte[gate.room(8)];
    assertEquals(0, gate.pass(frame, 0, 7, out, 0));
    assertEquals(1 + 8, gate.pass(frame, 7, 2, out, 0));
    assertArrayEquals(Arrays.copyOf(frame, 9), Arrays.copyOf(out, 9));
  }

  @Test
  void aFrameDeclaringOneByteMoreThanTheLimitBecomesACloseWith1009() {
    byte[] first = frame(50);
    byte[] stream = concat(first, frame(LIMIT + 1), frame(5));
    for (int chunk : new int[] {1, 5, 64, stream.length}) {
      FrameGate gate = new FrameGate(LIMIT);
      byte[] out = passInChunks(gate, stream, chunk);
      assertTrue(gate.refused());
      assertArrayEquals(concat(first, FrameGate.closeFrame(LIMIT)), out, "chunks of " + chunk);
    }
  }

  @Test
  void theRefusalNeedsOnlyTheHeaderNotTheBody() {
    byte[] header = Arrays.copyOf(frame(2_000_000), 2 + 8);
    FrameGate gate = new FrameGate(LIMIT);
    byte[] out = new byte[gate.room(header.length)];
    int written = gate.pass(header, 0, header.length, out, 0);
    assertTrue(gate.refused());
    assertArrayEquals(FrameGate.closeFrame(LIMIT), Arrays.copyOf(out, written));
  }

  @Test
  void aLengthPastTwoToTheSixtyThreeIsRefused() {
    byte[] header = {(byte) 0x81, (byte) (0x80 | 127), (byte) 0x80, 0, 0, 0, 0, 0, 0, 1};
    FrameGate gate = new FrameGate(LIMIT);
    gate.pass(header, 0, header.length, new byte[gate.room(header.length)], 0);
    assertTrue(gate.refused());
  }

  @Test
  void theCloseFrameIsAMaskedCloseWithCode1009AndAReason() {
    byte[] close = FrameGate.closeFrame(LIMIT);
    assertEquals(0x88, close[0] & 0xFF);
    assertEquals(0x80, close[1] & 0x80);
    assertEquals(close.length - 6, close[1] & 0x7F);
    assertEquals(1009, ((close[6] & 0xFF) << 8) | (close[7] & 0xFF));
    assertEquals(
        "frame larger than 16384 bytes",
        new String(close, 8, close.length - 8, StandardCharsets.UTF_8));
  }

  /** A masked text frame with a payload of {@code length} bytes, as a browser sends it. */
  private static byte[] frame(int length) {
    int extended = length < 126 ? 0 : length <= 0xFFFF ? 2 : 8;
    byte[] frame = new byte[2 + extended + 4 + length];
    frame[0] = (byte) 0x81;
    frame[1] = (byte) (0x80 | (extended == 0 ? length : extended == 2 ? 126 : 127));
    for (int k = 0; k < extended; k++) {
      frame[2 + k] = (byte) ((long) length >>> (8 * (extended - 1 - k)));
    }
    for (int i = 2 + extended; i < frame.length; i++) {
      frame[i] = (byte) (i * 31);
    }
    return frame;
  }

  private static byte[] passInChunks(FrameGate gate, byte[] stream, int chunk) {
    ByteArrayOutputStream passed = new ByteArrayOutputStream();
    for (int at = 0; at < stream.length; at += chunk) {
      int length = Math.min(chunk, stream.length - at);
      byte[] out = new byte[gate.room(length)];
      passed.write(out, 0, gate.pass(stream, at, length, out, 0));
    }
    return passed.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}

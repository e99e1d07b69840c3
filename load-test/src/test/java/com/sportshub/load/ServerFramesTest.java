package com.sportshub.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerFramesTest {

  /** Everything a reader handed on, in order. */
  static class Heard implements ServerFrames.Sink {
    final List<String> said = new ArrayList<>();

    @Override
    public void text(String message) {
      said.add(message);
    }

    @Override
    public void ping(byte[] payload) {
      said.add("ping:" + new String(payload, StandardCharsets.UTF_8));
    }

    @Override
    public void close(int code) {
      said.add("close:" + code);
    }
  }

  /** An unmasked frame as a server writes it. */
  static byte[] serverFrame(boolean fin, int opcode, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write((fin ? 0x80 : 0) | opcode);
    if (payload.length < 126) {
      out.write(payload.length);
    } else if (payload.length <= 0xffff) {
      out.write(126);
      out.write(payload.length >> 8);
      out.write(payload.length);
    } else {
      out.write(127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) ((long) payload.length >> shift));
      }
    }
    out.writeBytes(payload);
    return out.toByteArray();
  }

  static byte[] text(String message) {
    return serverFrame(true, 0x1, message.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] join(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void framesOfEveryLengthFormCutIntoSingleBytesComeOutWholeAndInOrder() throws Exception {
    String small = "{\"type\":\"update\",\"seq\":1}";
    String medium = "m".repeat(300);
    String large = "é".repeat(40_000);
    byte[] wire = join(text(small), text(medium), text(large));
    ServerFrames frames = new ServerFrames();
    Heard heard = new Heard();

    for (byte b : wire) {
      frames.feed(ByteBuffer.wrap(new byte[] {b}), heard);
    }

    assertEquals(List.of(small, medium, large), heard.said);
  }

  @Test
  void aReadEndingInsideAFrameKeepsItsStartUntilTheRestComes() throws Exception {
    byte[] wire = join(text("first"), text("second"), text("third"));
    ServerFrames frames = new ServerFrames();
    Heard heard = new Heard();

    frames.feed(ByteBuffer.wrap(wire, 0, 10), heard);
    assertEquals(List.of("first"), heard.said);
    frames.feed(ByteBuffer.wrap(wire, 10, wire.length - 10), heard);

    assertEquals(List.of("first", "second", "third"), heard.said);
  }

  @Test
  void aFragmentedMessageIsJoinedAndControlFramesBetweenItsPartsStillCount() throws Exception {
    byte[] wire =
        join(
            serverFrame(false, 0x1, "hel".getBytes(StandardCharsets.UTF_8)),
            serverFrame(true, 0x9, "p".getBytes(StandardCharsets.UTF_8)),
            serverFrame(true, 0x0, "lo".getBytes(StandardCharsets.UTF_8)),
            serverFrame(true, 0x8, new byte[] {0x03, (byte) 0xe9}));
    Heard heard = new Heard();

    new ServerFrames().feed(ByteBuffer.wrap(wire), heard);

    assertEquals(List.of("ping:p", "hello", "close:1001"), heard.said);
  }

  @Test
  void aCloseWithoutACodeReadsAsNoStatus() throws Exception {
    Heard heard = new Heard();

    new ServerFrames().feed(ByteBuffer.wrap(serverFrame(true, 0x8, new byte[0])), heard);

    assertEquals(List.of("close:1005"), heard.said);
  }

  @Test
  void aMaskedServerFrameIsAProtocolError() {
    byte[] masked = ClientFrames.frame(0x1, "x".getBytes(StandardCharsets.UTF_8), 7).array();

    assertThrows(
        ProtocolException.class,
        () -> new ServerFrames().feed(ByteBuffer.wrap(masked), new Heard()));
  }

  @Test
  void aFrameAnnouncedLargerThanTheLimitIsRefusedBeforeItsPayloadComes() {
    byte[] head = {(byte) 0x81, 127, 0, 0, 0, 0, 0x10, 0, 0, 0};

    assertThrows(
        ProtocolException.class, () -> new ServerFrames().feed(ByteBuffer.wrap(head), new Heard()));
  }

  @Test
  void aContinuationWithNoMessageBegunIsAProtocolError() {
    byte[] orphan = serverFrame(true, 0x0, new byte[] {1});

    assertThrows(
        ProtocolException.class,
        () -> new ServerFrames().feed(ByteBuffer.wrap(orphan), new Heard()));
  }

  @Test
  void aPingsPayloadIsHandedOnAsItCame() throws Exception {
    List<byte[]> pings = new ArrayList<>();
    ServerFrames.Sink sink =
        new Heard() {
          @Override
          public void ping(byte[] payload) {
            pings.add(payload);
          }
        };

    new ServerFrames().feed(ByteBuffer.wrap(serverFrame(true, 0x9, new byte[] {1, 2, 3})), sink);

    assertArrayEquals(new byte[] {1, 2, 3}, pings.get(0));
  }
}

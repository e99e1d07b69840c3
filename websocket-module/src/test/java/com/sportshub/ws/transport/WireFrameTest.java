package com.sportshub.ws.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.sportshub.ws.broker.Envelope;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireFrameTest {

  /** Reads a server frame the way a client does (RFC 6455 5.2), returning its text. */
  private static String read(byte[] frame) {
    assertEquals((byte) 0x81, frame[0], "final text frame");
    int marker = frame[1] & 0xFF;
    assertEquals(0, marker & 0x80, "a server frame is not masked");
    long length;
    int header;
    if (marker < 126) {
      length = marker;
      header = 2;
    } else if (marker == 126) {
      length = ((frame[2] & 0xFF) << 8) | (frame[3] & 0xFF);
      header = 4;
    } else {
      length = 0;
      for (int i = 2; i < 10; i++) {
        length = (length << 8) | (frame[i] & 0xFF);
      }
      header = 10;
    }
    assertEquals(frame.length - header, length, "declared length");
    return new String(frame, header, (int) length, StandardCharsets.UTF_8);
  }

  private static String text(int length) {
    char[] chars = new char[length];
    Arrays.fill(chars, 'x');
    return new String(chars);
  }

  @Test
  void framesAShortMessageWithAOneByteLength() {
    byte[] frame = WireFrame.encode("{\"type\":\"pong\"}");

    assertEquals(2 + 15, frame.length);
    assertEquals("{\"type\":\"pong\"}", read(frame));
  }

  @Test
  void framesMessagesAtEachLengthBoundary() {
    for (int length : new int[] {0, 125, 126, 65_535, 65_536, 200_000}) {
      String text = text(length);
      assertEquals(text, read(WireFrame.encode(text)), "length " + length);
    }
  }

  @Test
  void countsTheLengthInUtf8BytesNotCharacters() {
    String text = "{\"team\":\"Atlético — Málaga ⚽\"}";

    byte[] frame = WireFrame.encode(text);

    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, frame[1]);
    assertEquals(text, read(frame));
  }

  @Test
  void sharesOneFrameAmongTheMembersAnUpdateIsFannedOutTo() {
    Envelope update = new Envelope("news", 7, "{\"type\":\"update\"}");

    WireFrame first = WireFrame.of(update);

    assertSame(first, WireFrame.of(update));
    assertSame(first.bytes(), WireFrame.of(update).bytes());
  }

  @Test
  void makesANewFrameForTheNextUpdate() {
    WireFrame first = WireFrame.of(new Envelope("news", 7, "{\"seq\":7}"));

    WireFrame next = WireFrame.of(new Envelope("news", 8, "{\"seq\":8}"));

    assertEquals("{\"seq\":8}", read(next.bytes()));
    assertEquals("{\"seq\":7}", read(first.bytes()));
  }

  @Test
  void aPingIsAFinalControlFrameWithNoPayload() {
    assertEquals(
        List.of((byte) 0x89, (byte) 0),
        List.of(WireFrame.PING.bytes()[0], WireFrame.PING.bytes()[1]));
    assertEquals(2, WireFrame.PING.bytes().length);
    assertEquals(null, WireFrame.PING.channel());
  }
}

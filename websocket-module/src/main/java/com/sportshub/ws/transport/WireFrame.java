package com.sportshub.ws.transport;

import com.sportshub.ws.broker.Envelope;
import java.nio.charset.StandardCharsets;

/**
 * One outgoing text message, and the same message as the bytes of a WebSocket frame (RFC 6455
 * section 5.2: final, text, unmasked as a server sends it), made when first needed.
 *
 * <p>An update goes to the members of its channel one after another on each fan-out lane, so each
 * lane keeps the frame of the update it saw last: its bytes are made once per lane for the whole
 * channel, however many members it has.
 */
public final class WireFrame {

  private static final ThreadLocal<Cached> LAST =
      ThreadLocal.withInitial(() -> new Cached(null, null));

  private record Cached(Envelope update, WireFrame frame) {}

  /** A WebSocket ping with no payload (RFC 6455 5.5.2: final, opcode 9, length 0). */
  public static final WireFrame PING = new WireFrame(null, null, new byte[] {(byte) 0x89, 0});

  private final String text;
  private final String channel;
  private volatile byte[] bytes;

  private WireFrame(String text, String channel, byte[] bytes) {
    this(text, channel);
    this.bytes = bytes;
  }

  /** A control message (anything but an update). */
  public WireFrame(String text) {
    this(text, null);
  }

  private WireFrame(String text, String channel) {
    this.text = text;
    this.channel = channel;
  }

  /** The frame of one update, made for this client alone (a replayed or held update). */
  public static WireFrame unshared(Envelope update) {
    return new WireFrame(update.frame(), update.channel());
  }

  /** The frame of an update, shared by every member that receives it in a row. */
  public static WireFrame of(Envelope update) {
    Cached cached = LAST.get();
    if (cached.update() == update) {
      return cached.frame();
    }
    WireFrame frame = unshared(update);
    LAST.set(new Cached(update, frame));
    return frame;
  }

  /** The message's text; null for {@link #PING}. */
  public String text() {
    return text;
  }

  /** The channel of an update; null for a control message. */
  public String channel() {
    return channel;
  }

  /** The whole frame, header and payload; shared, so never to be written into. */
  public byte[] bytes() {
    byte[] made = bytes;
    if (made == null) {
      made = encode(text);
      bytes = made;
    }
    return made;
  }

  public static byte[] encode(String text) {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    int length = payload.length;
    int header = length < 126 ? 2 : length <= 0xFFFF ? 4 : 10;
    byte[] frame = new byte[header + length];
    frame[0] = (byte) 0x81; // FIN, opcode 1 (text)
    if (length < 126) {
      frame[1] = (byte) length;
    } else if (length <= 0xFFFF) {
      frame[1] = 126;
      frame[2] = (byte) (length >>> 8);
      frame[3] = (byte) length;
    } else {
      frame[1] = 127;
      for (int i = 0; i < 8; i++) {
        frame[2 + i] = (byte) ((long) length >>> (56 - 8 * i));
      }
    }
    System.arraycopy(payload, 0, frame, header, length);
    return frame;
  }
}

package com.sportshub.load;

import java.io.ByteArrayOutputStream;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the frames a WebSocket server sends (RFC 6455 §5: unmasked, text in one frame or in
 * fragments) out of whatever the socket gave, keeping a frame cut across two reads until the rest
 * comes. One per connection, used by its selector thread only.
 */
final class ServerFrames {

  /** What a connection does with the frames read. */
  interface Sink {
    void text(String message);

    void ping(byte[] payload);

    void close(int code);
  }

  /** Larger frames are refused: no frame of the hub's comes near it. */
  static final int MAX_FRAME = 16 * 1024 * 1024;

  private byte[] pending = new byte[0];
  private int pendingLength;
  private ByteArrayOutputStream fragments;

  /** Reads every whole frame in {@code bytes} (with what was left from before), in order. */
  void feed(ByteBuffer bytes, Sink sink) throws ProtocolException {
    if (pendingLength == 0 && bytes.hasArray()) {
      int start = bytes.arrayOffset() + bytes.position();
      int end = bytes.arrayOffset() + bytes.limit();
      int used = readFrames(bytes.array(), start, end, sink);
      keep(bytes.array(), used, end);
    } else {
      int more = bytes.remaining();
      if (pending.length < pendingLength + more) {
        pending = Arrays.copyOf(pending, Math.max(pendingLength + more, 2 * pending.length));
      }
      bytes.get(pending, pendingLength, more);
      int end = pendingLength + more;
      int used = readFrames(pending, 0, end, sink);
      pendingLength = 0;
      keep(pending, used, end);
    }
    bytes.position(bytes.limit());
  }

  private void keep(byte[] from, int start, int end) {
    int left = end - start;
    if (left == 0) {
      return;
    }
    if (from != pending || start != 0) {
      if (pending.length < left) {
        pending = new byte[Math.max(left, 1024)];
      }
      System.arraycopy(from, start, pending, 0, left);
    }
    pendingLength = left;
  }

  /** Returns where the first incomplete frame starts (end when none is). */
  private int readFrames(byte[] b, int at, int end, Sink sink) throws ProtocolException {
    while (end - at >= 2) {
      int head = b[at] & 0xff;
      int second = b[at + 1] & 0xff;
      if ((second & 0x80) != 0) {
        throw new ProtocolException("a server frame was masked");
      }
      if ((head & 0x70) != 0) {
        throw new ProtocolException("reserved bits set without an extension");
      }
      int lengthBytes = (second & 0x7f) == 126 ? 2 : (second & 0x7f) == 127 ? 8 : 0;
      if (end - at < 2 + lengthBytes) {
        return at;
      }
      long length = second & 0x7f;
      if (lengthBytes > 0) {
        length = 0;
        for (int i = 0; i < lengthBytes; i++) {
          length = (length << 8) | (b[at + 2 + i] & 0xff);
        }
      }
      if (length > MAX_FRAME || length < 0) {
        throw new ProtocolException("frame of " + length + " bytes");
      }
      int payload = at + 2 + lengthBytes;
      if (end - payload < length) {
        return at;
      }
      frame((head & 0x80) != 0, head & 0x0f, b, payload, (int) length, sink);
      at = payload + (int) length;
    }
    return at;
  }

  private void frame(boolean fin, int opcode, byte[] b, int at, int length, Sink sink)
      throws ProtocolException {
    switch (opcode) {
      case 0x1 -> {
        if (fragments != null) {
          throw new ProtocolException("a new message began inside a fragmented one");
        }
        if (fin) {
          sink.text(new String(b, at, length, StandardCharsets.UTF_8));
        } else {
          fragments = new ByteArrayOutputStream();
          fragments.write(b, at, length);
        }
      }
      case 0x0 -> {
        if (fragments == null) {
          throw new ProtocolException("a continuation frame with no message begun");
        }
        fragments.write(b, at, length);
        if (fin) {
          String message = fragments.toString(StandardCharsets.UTF_8);
          fragments = null;
          sink.text(message);
        }
      }
      case 0x8 -> sink.close(length >= 2 ? ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff) : 1005);
      case 0x9 -> sink.ping(Arrays.copyOfRange(b, at, at + length));
      case 0xA -> {
        // a pong answers nothing we asked; ignored, as RFC 6455 §5.5.3 allows
      }
      default -> throw new ProtocolException("opcode " + opcode + ": the hub sends only text");
    }
  }
}

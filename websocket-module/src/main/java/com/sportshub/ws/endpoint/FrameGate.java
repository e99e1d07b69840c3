package com.sportshub.ws.endpoint;

import java.nio.charset.StandardCharsets;

/**
 * Reads the frame headers of the byte stream a client sends (RFC 6455, section 5.2) and stops the
 * stream at the first frame that declares a payload larger than the limit, before any of that
 * payload is read.
 *
 * <p>The WebSocket container checks its message size only on messages that arrive in several
 * frames; a single frame is buffered whole (up to 4 MB) and delivered. Browsers and most libraries
 * send a message as one frame, so the limit has to be held here, on the declared length.
 *
 * <p>Bytes pass through unchanged, except that a frame's header is held back until it is whole, so
 * that what has passed always ends on a frame boundary or inside a payload already accepted. A
 * refused frame is replaced by a masked close frame with code 1009 (message too big), as if the
 * client had closed: the container then answers with the same code and ends the connection, and
 * nothing of the frame reaches the endpoint.
 */
final class FrameGate {

  /** Longest client header: 2 bytes, 8 of extended length, 4 of mask. */
  static final int MAX_HEADER = 14;

  static final int MESSAGE_TOO_BIG = 1009;

  private final long maxPayload;
  private final byte[] header = new byte[MAX_HEADER];
  private int headerLength;
  private long payloadLeft;
  private boolean refused;

  FrameGate(long maxPayload) {
    this.maxPayload = maxPayload;
  }

  /** The most bytes {@link #pass} can write for {@code length} bytes in. */
  int room(int length) {
    return length + Math.max(MAX_HEADER, closeFrame(maxPayload).length);
  }

  /**
   * Moves {@code length} bytes of {@code in} to {@code out} from {@code at}, and returns how many
   * were written; {@code out} must have {@link #room} for them. Once refused, nothing more passes.
   */
  int pass(byte[] in, int offset, int length, byte[] out, int at) {
    int written = 0;
    int i = offset;
    int end = offset + length;
    while (i < end && !refused) {
      if (payloadLeft > 0) {
        int take = (int) Math.min(payloadLeft, end - i);
        System.arraycopy(in, i, out, at + written, take);
        written += take;
        payloadLeft -= take;
        i += take;
      } else {
        header[headerLength++] = in[i++];
        long declared = declaredLength();
        if (declared > maxPayload || declared < -1) {
          refused = true;
          byte[] close = closeFrame(maxPayload);
          System.arraycopy(close, 0, out, at + written, close.length);
          written += close.length;
        } else if (declared >= 0 && headerLength == headerSize()) {
          System.arraycopy(header, 0, out, at + written, headerLength);
          written += headerLength;
          headerLength = 0;
          payloadLeft = declared;
        }
      }
    }
    return written;
  }

  boolean refused() {
    return refused;
  }

  /** The payload length the header declares; -1 while not yet known, -2 past 2^63. */
  private long declaredLength() {
    if (headerLength < 2) {
      return -1;
    }
    int code = header[1] & 0x7F;
    if (code <= 125) {
      return code;
    }
    int bytes = code == 126 ? 2 : 8;
    if (headerLength < 2 + bytes) {
      return -1;
    }
    long length = 0;
    for (int k = 0; k < bytes; k++) {
      length = (length << 8) | (header[2 + k] & 0xFF);
    }
    return length < 0 ? -2 : length;
  }

  private int headerSize() {
    int code = header[1] & 0x7F;
    int extended = code <= 125 ? 0 : code == 126 ? 2 : 8;
    boolean masked = (header[1] & 0x80) != 0;
    return 2 + extended + (masked ? 4 : 0);
  }

  /** A client's close frame (masked with a zero key, so its payload reads as written). */
  static byte[] closeFrame(long limit) {
    byte[] reason = ("frame larger than " + limit + " bytes").getBytes(StandardCharsets.UTF_8);
    byte[] frame = new byte[2 + 4 + 2 + reason.length];
    frame[0] = (byte) 0x88;
    frame[1] = (byte) (0x80 | (2 + reason.length));
    frame[6] = (byte) (MESSAGE_TOO_BIG >> 8);
    frame[7] = (byte) MESSAGE_TOO_BIG;
    System.arraycopy(reason, 0, frame, 8, reason.length);
    return frame;
  }
}

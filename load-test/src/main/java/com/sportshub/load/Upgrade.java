package com.sportshub.load;

import java.net.ProtocolException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The opening handshake of one client (RFC 6455 §4.1): the request, and the check of the answer.
 */
final class Upgrade {

  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  /** An answer's head longer than this is refused. */
  static final int MAX_HEAD = 16 * 1024;

  final String key;

  Upgrade() {
    byte[] nonce = new byte[16];
    ThreadLocalRandom.current().nextBytes(nonce);
    key = Base64.getEncoder().encodeToString(nonce);
  }

  byte[] request(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    return ("GET "
            + path
            + " HTTP/1.1\r\n"
            + "Host: "
            + host
            + "\r\n"
            + "Upgrade: websocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Key: "
            + key
            + "\r\n"
            + "Sec-WebSocket-Version: 13\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Where the answer's head ends in {@code bytes[0, length)} (the first byte after its blank line),
   * or -1 while it has not all come.
   */
  static int headEnd(byte[] bytes, int length) {
    for (int i = 3; i < length; i++) {
      if (bytes[i] == '\n'
          && bytes[i - 1] == '\r'
          && bytes[i - 2] == '\n'
          && bytes[i - 3] == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  /** Refuses anything but a 101 whose accept value answers this handshake's key. */
  void check(byte[] head, int length) throws ProtocolException {
    String[] lines = new String(head, 0, length, StandardCharsets.ISO_8859_1).split("\r\n");
    if (!lines[0].startsWith("HTTP/1.1 101")) {
      throw new ProtocolException("upgrade refused: " + lines[0]);
    }
    String expected = accept(key);
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon > 0
          && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-accept")
          && line.substring(colon + 1).trim().equals(expected)) {
        return;
      }
    }
    throw new ProtocolException("no Sec-WebSocket-Accept answering the key");
  }

  static String accept(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1")
              .digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }
}

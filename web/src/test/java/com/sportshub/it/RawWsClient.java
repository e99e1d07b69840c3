package com.sportshub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A WebSocket client over a plain socket that does nothing by itself: it answers no ping and reads
 * only when the test asks it to. Silent, it is what a phone that lost its network looks like to the
 * server; with a small receive buffer and no reads, a client that stopped reading. Speaks just
 * enough of RFC 6455: the handshake, masked text frames out, whole frames in.
 */
final class RawWsClient implements AutoCloseable {

  /** A frame as received: its opcode (1 text, 8 close, 9 ping...) and payload. */
  record Frame(int opcode, byte[] payload) {

    boolean isClose() {
      return opcode == 0x8;
    }

    String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    /** The code of a close frame; 1005 when it has none. */
    int closeCode() {
      return payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
    }
  }

  private final Socket socket;
  private final DataInputStream in;

  private RawWsClient(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
  }

  /** Connects with the system's default receive buffer. */
  static RawWsClient connect(URI ws) throws IOException {
    return connect(ws, 0);
  }

  /**
   * Connects with a receive buffer of about {@code receiveBufferBytes} (0: the default); set before
   * connecting, so that the TCP window it offers stays that small.
   */
  static RawWsClient connect(URI ws, int receiveBufferBytes) throws IOException {
    Socket socket = new Socket();
    if (receiveBufferBytes > 0) {
      socket.setReceiveBufferSize(receiveBufferBytes);
    }
    socket.connect(new InetSocketAddress(ws.getHost(), ws.getPort()), 10_000);
    String key =
        Base64.getEncoder().encodeToString("raw-ws-client-key".getBytes(StandardCharsets.US_ASCII));
    String request =
        "GET "
            + ws.getPath()
            + " HTTP/1.1\r\n"
            + "Host: "
            + ws.getHost()
            + ":"
            + ws.getPort()
            + "\r\n"
            + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: "
            + key
            + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    RawWsClient client = new RawWsClient(socket);
    client.skipHttpHeaders();
    return client;
  }

  private void skipHttpHeaders() throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the server closed during the handshake");
      }
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  /** Sends a text frame, masked as a client must, in one frame whatever its length. */
  void send(String text) throws IOException {
    sendFrame(0x1, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends one whole frame of the given opcode (1 text, 2 binary...). */
  void sendFrame(int opcode, byte[] payload) throws IOException {
    byte[] header = header(opcode, payload.length);
    byte[] frame = new byte[header.length + payload.length];
    System.arraycopy(header, 0, frame, 0, header.length);
    for (int i = 0; i < payload.length; i++) {
      frame[header.length + i] = (byte) (payload[i] ^ MASK[i % 4]);
    }
    OutputStream out = socket.getOutputStream();
    out.write(frame);
    out.flush();
  }

  /** Sends only the header of a text frame declaring {@code length} bytes, and none of them. */
  void sendHeaderOnly(long length) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(header(0x1, length));
    out.flush();
  }

  private static final byte[] MASK = {0x5A, 0x17, 0x3C, 0x42};

  private static byte[] header(int opcode, long length) {
    int extended = length < 126 ? 0 : length <= 0xFFFF ? 2 : 8;
    byte[] header = new byte[2 + extended + 4];
    header[0] = (byte) (0x80 | opcode);
    header[1] = (byte) (0x80 | (extended == 0 ? length : extended == 2 ? 126 : 127));
    for (int k = 0; k < extended; k++) {
      header[2 + k] = (byte) (length >>> (8 * (extended - 1 - k)));
    }
    System.arraycopy(MASK, 0, header, 2 + extended, 4);
    return header;
  }

  /** The next frame, waiting at most {@code timeoutMillis} for each read. */
  Frame next(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    int opcode = in.readUnsignedByte() & 0x0F;
    long length = in.readUnsignedByte() & 0x7F;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    return new Frame(opcode, in.readNBytes((int) length));
  }

  /** The next text frame as JSON, skipping pings; fails on a close frame. */
  JsonObject nextMessage(int timeoutMillis) throws IOException {
    while (true) {
      Frame frame = next(timeoutMillis);
      if (frame.isClose()) {
        throw new AssertionError("closed with " + frame.closeCode() + " instead of a message");
      }
      if (frame.opcode() == 0x1) {
        return Json.createReader(new StringReader(frame.text())).readObject();
      }
    }
  }

  /** Reads (and ignores) frames until a close frame; returns its code. */
  int awaitCloseCode(int timeoutMillis) throws IOException {
    while (true) {
      Frame frame;
      try {
        frame = next(timeoutMillis);
      } catch (EOFException e) {
        throw new AssertionError("the connection ended without a close frame", e);
      }
      if (frame.isClose()) {
        return frame.closeCode();
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

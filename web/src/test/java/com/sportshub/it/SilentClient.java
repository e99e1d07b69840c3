package com.sportshub.it;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A WebSocket client that completes the handshake and then never answers anything, not even pings:
 * what a phone that lost its network looks like to the server. Speaks just enough of RFC 6455 to
 * read the frames the server sends until it closes.
 */
final class SilentClient implements AutoCloseable {

  private final Socket socket;
  private final DataInputStream in;

  private SilentClient(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(socket.getInputStream());
  }

  static SilentClient connect(URI ws) throws IOException {
    Socket socket = new Socket(ws.getHost(), ws.getPort());
    String key =
        Base64.getEncoder().encodeToString("silent-client-key".getBytes(StandardCharsets.US_ASCII));
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
    SilentClient client = new SilentClient(socket);
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

  /** Reads (and ignores) frames until a close frame; returns its code. */
  int awaitCloseCode(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    while (true) {
      int opcode = in.readUnsignedByte() & 0x0F;
      long length = in.readUnsignedByte() & 0x7F;
      if (length == 126) {
        length = in.readUnsignedShort();
      } else if (length == 127) {
        length = in.readLong();
      }
      byte[] payload = in.readNBytes((int) length);
      if (opcode == 0x8) {
        return payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

package com.sportshub.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A blocking HTTP/1.1 client on one kept-alive socket, for one publishing lane: a POST is one write
 * and its answer one or two reads. The JDK's HttpClient cost the tool more CPU than its 10,000
 * WebSocket clients together. Not thread-safe: one per lane thread.
 */
final class PlainHttp implements AutoCloseable {

  /** A status and the body as text. */
  record Answer(int status, String body) {}

  private static final int TIMEOUT_MILLIS = 30_000;
  private static final int MAX_LINE = 8_192;

  private final URI base;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  PlainHttp(URI base) {
    this.base = base;
  }

  /** POSTs a JSON body with a bearer token to {@code path}; an I/O failure drops the socket. */
  Answer post(String path, String token, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + base.getAuthority()
            + "\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    try {
      connect();
      byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
      byte[] request = new byte[headBytes.length + body.length];
      System.arraycopy(headBytes, 0, request, 0, headBytes.length);
      System.arraycopy(body, 0, request, headBytes.length, body.length);
      out.write(request);
      out.flush();
      return readAnswer();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private void connect() throws IOException {
    if (socket != null) {
      return;
    }
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(TIMEOUT_MILLIS);
    int port = base.getPort() < 0 ? 80 : base.getPort();
    socket.connect(new InetSocketAddress(base.getHost(), port), TIMEOUT_MILLIS);
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    out = socket.getOutputStream();
  }

  private Answer readAnswer() throws IOException {
    String status = line();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new ProtocolException("not an HTTP/1.1 answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closing = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
        case "connection" -> closing = value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        body.writeBytes(exactly(size));
        line();
      }
      while (!line().isEmpty()) {
        // trailer fields: none are used
      }
    } else if (length >= 0) {
      body.writeBytes(exactly(length));
    } else {
      closing = true;
      in.transferTo(body);
    }
    if (closing) {
      close();
    }
    return new Answer(code, body.toString(StandardCharsets.UTF_8));
  }

  private long chunkSize() throws IOException {
    String size = line();
    int extension = size.indexOf(';');
    return Long.parseLong(extension < 0 ? size.trim() : size.substring(0, extension).trim(), 16);
  }

  private byte[] exactly(long count) throws IOException {
    if (count > Integer.MAX_VALUE) {
      throw new ProtocolException("a body of " + count + " bytes");
    }
    byte[] bytes = in.readNBytes((int) count);
    if (bytes.length < count) {
      throw new ProtocolException("the answer ended " + (count - bytes.length) + " bytes short");
    }
    return bytes;
  }

  /** One CRLF-ended line, without its end. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new ProtocolException("the connection ended inside an answer");
      }
      if (line.length() > MAX_LINE) {
        throw new ProtocolException("an answer line over " + MAX_LINE + " bytes");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // already gone
      }
      socket = null;
    }
  }
}

package com.sportshub.ws.endpoint;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpUpgradeHandler;
import jakarta.servlet.http.WebConnection;
import java.io.IOException;

/**
 * The upgrade handler the container runs for a {@code /ws} connection: it gives the WebSocket
 * container's own handler the same connection, but with its input read through a {@link FrameGate}.
 * The container makes this object (hence the public no-argument constructor); {@link FrameLimit}
 * fills it in before the container calls {@link #init}.
 */
public class GatedUpgrade implements HttpUpgradeHandler {

  private HttpUpgradeHandler inner;
  private int limit;

  void wrap(HttpUpgradeHandler inner, int limit) {
    this.inner = inner;
    this.limit = limit;
  }

  @Override
  public void init(WebConnection connection) {
    ServletInputStream input;
    try {
      input = new GatedInput(connection.getInputStream(), new FrameGate(limit));
    } catch (IOException e) {
      throw new IllegalStateException("the upgraded connection has no input", e);
    }
    inner.init(new Gated(connection, input));
  }

  @Override
  public void destroy() {
    inner.destroy();
  }

  private record Gated(WebConnection connection, ServletInputStream input)
      implements WebConnection {

    @Override
    public ServletInputStream getInputStream() {
      return input;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return connection.getOutputStream();
    }

    @Override
    public void close() throws Exception {
      connection.close();
    }
  }

  /**
   * The connection's input through the gate. Reads never block (the container reads only when told
   * data is there) and return 0 when everything read was a header held back.
   */
  private static final class GatedInput extends ServletInputStream {

    private static final int CHUNK = 8192;

    private final ServletInputStream in;
    private final FrameGate gate;
    private final byte[] chunk = new byte[CHUNK];
    private final byte[] ready;
    private int readyFrom;
    private int readyTo;

    GatedInput(ServletInputStream in, FrameGate gate) {
      this.in = in;
      this.gate = gate;
      this.ready = new byte[gate.room(CHUNK)];
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (readyFrom == readyTo && !gate.refused()) {
        int read = in.read(chunk, 0, CHUNK);
        if (read < 0) {
          return read;
        }
        readyFrom = 0;
        readyTo = gate.pass(chunk, 0, read, ready, 0);
      }
      int give = Math.min(length, readyTo - readyFrom);
      System.arraycopy(ready, readyFrom, into, offset, give);
      readyFrom += give;
      return give;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      while (true) {
        int read = read(one, 0, 1);
        if (read != 0) {
          return read < 0 ? -1 : one[0] & 0xFF;
        }
        if (!isReady()) {
          throw new IllegalStateException("nothing to read until the container says so");
        }
      }
    }

    @Override
    public int available() throws IOException {
      return readyTo - readyFrom + (gate.refused() ? 0 : in.available());
    }

    @Override
    public boolean isReady() {
      return readyFrom < readyTo || (!gate.refused() && in.isReady());
    }

    @Override
    public boolean isFinished() {
      return readyFrom == readyTo && (gate.refused() || in.isFinished());
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}

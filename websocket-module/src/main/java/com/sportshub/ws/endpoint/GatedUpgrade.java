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
   *
   * <p>An idle connection holds no buffer here: bytes are read into a per-thread scratch array and
   * the gate writes straight into the caller's array, which the container makes large enough. Only
   * a read too small for what the gate may write keeps the rest in {@code pending} until it is
   * taken (two 8 KB arrays per connection were 16 KB of every idle connection's 47 KB).
   */
  private static final class GatedInput extends ServletInputStream {

    private static final int CHUNK = 8192;
    private static final ThreadLocal<byte[]> SCRATCH =
        ThreadLocal.withInitial(() -> new byte[CHUNK]);

    private final ServletInputStream in;
    private final FrameGate gate;
    private byte[] pending;
    private int pendingFrom;
    private int pendingTo;

    GatedInput(ServletInputStream in, FrameGate gate) {
      this.in = in;
      this.gate = gate;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (pending != null) {
        return givePending(into, offset, length);
      }
      if (gate.refused()) {
        return 0;
      }
      byte[] chunk = SCRATCH.get();
      int overhead = gate.room(0);
      if (length > overhead) {
        int read = in.read(chunk, 0, Math.min(CHUNK, length - overhead));
        return read < 0 ? read : gate.pass(chunk, 0, read, into, offset);
      }
      int read = in.read(chunk, 0, CHUNK);
      if (read < 0) {
        return read;
      }
      pending = new byte[gate.room(read)];
      pendingFrom = 0;
      pendingTo = gate.pass(chunk, 0, read, pending, 0);
      return givePending(into, offset, length);
    }

    private int givePending(byte[] into, int offset, int length) {
      int give = Math.min(length, pendingTo - pendingFrom);
      System.arraycopy(pending, pendingFrom, into, offset, give);
      pendingFrom += give;
      if (pendingFrom == pendingTo) {
        pending = null;
      }
      return give;
    }

    private int pendingBytes() {
      return pending == null ? 0 : pendingTo - pendingFrom;
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
      return pendingBytes() + (gate.refused() ? 0 : in.available());
    }

    @Override
    public boolean isReady() {
      return pendingBytes() > 0 || (!gate.refused() && in.isReady());
    }

    @Override
    public boolean isFinished() {
      return pendingBytes() == 0 && (gate.refused() || in.isFinished());
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}

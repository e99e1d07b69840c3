package com.sportshub.ws.transport;

import com.sportshub.ws.hub.Outbox;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Finished frames handed to Tyrus's socket as bytes ({@code TyrusWebSocket.sendRawFrame}); several
 * waiting frames go in one write. After the first write, when the connection underneath can be
 * reached ({@link GrizzlyWrites}), frames go straight to it.
 */
final class TyrusLink implements Outbox.Link<WireFrame> {

  private final Object socket;
  private final Method send;
  private final Runnable free;
  private volatile GrizzlyWrites direct;
  private volatile boolean writing;
  private boolean looked;
  private Future<?> last;

  /**
   * @param free called when a write straight to Grizzly has finished
   */
  TyrusLink(Object socket, Method send, Runnable free) {
    this.socket = socket;
    this.send = send;
    this.free = free;
  }

  /** Writes through Tyrus are polled; writes straight to Grizzly report their end. */
  @Override
  public boolean notifiesWhenFree() {
    return direct != null;
  }

  @Override
  public boolean busy() {
    return direct != null ? writing : last != null && !last.isDone();
  }

  private void written() {
    writing = false;
    free.run();
  }

  @Override
  public void write(List<WireFrame> frames) {
    byte[] bytes = joined(frames);
    try {
      if (direct != null) {
        writing = true;
        direct.write(bytes);
        return;
      }
      last = (Future<?>) send.invoke(socket, ByteBuffer.wrap(bytes));
      if (!looked) {
        looked = true; // Tyrus opens the connection's output on its first write
        direct = GrizzlyWrites.of(socket, this::written);
        Workarounds.wroteThrough(direct != null ? "grizzly" : "tyrus");
      }
    } catch (InvocationTargetException | IllegalAccessException | RuntimeException e) {
      writing = false; // the connection is closing; onClose tidies up
      last = null;
    }
  }

  private static byte[] joined(List<WireFrame> frames) {
    if (frames.size() == 1) {
      return frames.get(0).bytes();
    }
    int length = 0;
    for (WireFrame frame : frames) {
      length += frame.bytes().length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (WireFrame frame : frames) {
      byte[] bytes = frame.bytes();
      System.arraycopy(bytes, 0, all, at, bytes.length);
      at += bytes.length;
    }
    return all;
  }
}

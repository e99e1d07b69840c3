package com.sportshub.ws.endpoint;

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
  private GrizzlyWrites direct;
  private boolean looked;
  private Future<?> last;

  TyrusLink(Object socket, Method send) {
    this.socket = socket;
    this.send = send;
  }

  @Override
  public boolean busy() {
    return last != null && !last.isDone();
  }

  @Override
  public void write(List<WireFrame> frames) {
    byte[] bytes = joined(frames);
    try {
      if (direct != null) {
        last = direct.write(bytes);
        return;
      }
      last = (Future<?>) send.invoke(socket, ByteBuffer.wrap(bytes));
      if (!looked) {
        looked = true; // Tyrus opens the connection's output on its first write
        direct = GrizzlyWrites.of(socket);
      }
    } catch (InvocationTargetException | IllegalAccessException | RuntimeException e) {
      last = null; // the connection is closing; onClose tidies up
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

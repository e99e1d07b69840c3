package com.sportshub.ws.endpoint;

import com.sportshub.ws.hub.Outbox;
import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * Chooses how a session's frames are written.
 *
 * <p>Through the WebSocket API every text message is encoded and framed again for each session, and
 * Tyrus 2 also reschedules the session's idle timer on Payara's managed scheduler for every send:
 * at tens of thousands of deliveries a second that is most of the hub's CPU. Tyrus's own socket
 * takes finished frames ({@code TyrusWebSocket.sendRawFrame}, the call its broadcast uses), so the
 * hub frames each update once ({@link WireFrame}) and writes those bytes to every member. The
 * socket is not part of the WebSocket API; it is found by reflection once per class, and where it
 * is not there (another container, a changed Tyrus, or an extension such as compression that
 * rewrites frames) the session falls back to the API's {@code sendText}.
 */
final class SessionLinks {

  private static final Logger LOG = Logger.getLogger(SessionLinks.class.getName());
  private static volatile boolean reported;

  private SessionLinks() {}

  /**
   * @param free called when a fallback link finished its writes (a raw link is polled instead)
   */
  static Outbox.Link<WireFrame> of(Session session, Runnable free) {
    Outbox.Link<WireFrame> link = rawLink(session);
    if (!reported) {
      reported = true;
      LOG.info(
          link != null
              ? "writing pre-framed messages straight to the WebSocket connection"
              : "writing through the WebSocket API (no raw frame access in this container)");
    }
    return link != null ? link : new TextLink(session, free);
  }

  private static Outbox.Link<WireFrame> rawLink(Session session) {
    if (!session.getNegotiatedExtensions().isEmpty()) {
      return null;
    }
    try {
      Object remote = session.getAsyncRemote();
      Field field = field(remote.getClass(), "webSocket");
      if (field == null) {
        return null;
      }
      field.setAccessible(true);
      Object socket = field.get(remote);
      Method send = socket.getClass().getMethod("sendRawFrame", ByteBuffer.class);
      return send.getReturnType() == Future.class ? new RawLink(socket, send) : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getName().equals(name)) {
          return f;
        }
      }
    }
    return null;
  }

  /** Frames handed to Tyrus's socket as bytes; several waiting frames go in one write. */
  private static final class RawLink implements Outbox.Link<WireFrame> {
    private final Object socket;
    private final Method send;
    private Future<?> last;

    RawLink(Object socket, Method send) {
      this.socket = socket;
      this.send = send;
    }

    @Override
    public boolean busy() {
      return last != null && !last.isDone();
    }

    @Override
    public void write(List<WireFrame> frames) {
      try {
        last = (Future<?>) send.invoke(socket, ByteBuffer.wrap(joined(frames)));
      } catch (InvocationTargetException | IllegalAccessException e) {
        last = null; // the socket is closing; onClose tidies up
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

  /** Frames sent one at a time through the WebSocket API, each after the previous completed. */
  private static final class TextLink implements Outbox.Link<WireFrame> {
    private final Session session;
    private final Runnable free;
    private final ArrayDeque<String> chain = new ArrayDeque<>();
    private volatile boolean sending;

    TextLink(Session session, Runnable free) {
      this.session = session;
      this.free = free;
    }

    @Override
    public boolean busy() {
      return sending;
    }

    @Override
    public void write(List<WireFrame> frames) {
      synchronized (chain) {
        frames.forEach(frame -> chain.add(frame.text()));
      }
      sending = true;
      sendNext();
    }

    private void sendNext() {
      String next;
      synchronized (chain) {
        next = chain.poll();
        if (next == null) {
          sending = false;
        }
      }
      if (next == null) {
        free.run();
        return;
      }
      sendText(next);
    }

    /**
     * Tyrus reschedules the idle timer on the managed scheduler with every send, and the managed
     * scheduler captures the caller's context, which scans the context class loader's jars for
     * service files: trivial with the platform class loader, far dearer than the send with the
     * application's. The send itself needs no application class.
     */
    private void sendText(String text) {
      Thread thread = Thread.currentThread();
      ClassLoader application = thread.getContextClassLoader();
      thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
      try {
        session.getAsyncRemote().sendText(text, result -> sendNext());
      } finally {
        thread.setContextClassLoader(application);
      }
    }
  }
}

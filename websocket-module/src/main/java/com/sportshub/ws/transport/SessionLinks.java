package com.sportshub.ws.transport;

import com.sportshub.ws.hub.Outbox;
import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
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
public final class SessionLinks {

  private static final Logger LOG = Logger.getLogger(SessionLinks.class.getName());
  private static volatile boolean reported;

  private SessionLinks() {}

  /**
   * @param free called when a write finished, by the links that can tell (see {@link
   *     Outbox.Link#notifiesWhenFree()})
   */
  public static Outbox.Link<WireFrame> of(Session session, Runnable free) {
    Outbox.Link<WireFrame> link = rawLink(session, free);
    if (!reported) {
      reported = true;
      LOG.info(
          link != null
              ? "writing pre-framed messages straight to the WebSocket connection"
              : "writing through the WebSocket API (no raw frame access in this container)");
    }
    if (link == null) {
      Workarounds.wroteThrough("websocket-api");
      return new TextLink(session, free);
    }
    return link;
  }

  private static Outbox.Link<WireFrame> rawLink(Session session, Runnable free) {
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
      return send.getReturnType() == Future.class ? new TyrusLink(socket, send, free) : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Tyrus restarts a session's idle timer on every frame it sends or receives (a pong, a client's
   * message, its own pings), even with the timeout off, on the scheduler the container gave it.
   * Payara gives it the managed scheduler, which captures the caller's context per task, and that
   * scans the application's jars for service files: measured at 10,000 clients, the heartbeat
   * sweep's pings and their pongs alone took a fifth of the server's CPU. The hub has no container
   * idle timeout (its own heartbeat finds dead connections), so the timer's tasks do nothing and
   * need no context: the session is given a plain scheduler instead, where the container allows it.
   */
  public static void plainIdleTimer(Session session, ScheduledExecutorService plain) {
    boolean applied = false;
    try {
      Field field = field(session.getClass(), "service");
      if (field != null && field.getType() == ScheduledExecutorService.class) {
        field.setAccessible(true);
        field.set(session, plain);
        applied = true;
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another container: its own timer stays, and /health/live says so
    }
    Workarounds.idleTimer(applied);
  }

  static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getName().equals(name)) {
          return f;
        }
      }
    }
    return null;
  }
}

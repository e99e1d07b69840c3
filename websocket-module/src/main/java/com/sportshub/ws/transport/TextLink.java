package com.sportshub.ws.transport;

import com.sportshub.ws.hub.Outbox;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The fallback link: frames sent one at a time through the WebSocket API, each after the previous
 * completed, for containers where {@link SessionLinks} finds no raw socket.
 */
final class TextLink implements Outbox.Link<WireFrame> {

  private final Session session;
  private final Runnable free;
  private final ArrayDeque<WireFrame> chain = new ArrayDeque<>();
  private volatile boolean sending;

  /**
   * @param free called when the last frame handed over was written
   */
  TextLink(Session session, Runnable free) {
    this.session = session;
    this.free = free;
  }

  @Override
  public boolean notifiesWhenFree() {
    return true;
  }

  @Override
  public boolean busy() {
    return sending;
  }

  @Override
  public void write(List<WireFrame> frames) {
    synchronized (chain) {
      chain.addAll(frames);
    }
    sending = true;
    sendNext();
  }

  private void sendNext() {
    WireFrame next;
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
    send(next);
  }

  /**
   * Tyrus reschedules the idle timer on the container's scheduler with every send; Payara's managed
   * scheduler captures the caller's context, which scans the context class loader's jars for
   * service files: trivial with the platform class loader, far dearer than the send with the
   * application's. The send itself needs no application class.
   */
  private void send(WireFrame frame) {
    Thread thread = Thread.currentThread();
    ClassLoader application = thread.getContextClassLoader();
    thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
    try {
      if (frame == WireFrame.PING) {
        session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
        sendNext();
      } else {
        session.getAsyncRemote().sendText(frame.text(), result -> sendNext());
      }
    } catch (IOException | IllegalStateException e) {
      sendNext(); // the connection is going away; onClose tidies up
    } finally {
      thread.setContextClassLoader(application);
    }
  }
}

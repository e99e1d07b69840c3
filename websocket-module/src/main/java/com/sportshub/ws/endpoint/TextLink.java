package com.sportshub.ws.endpoint;

import com.sportshub.ws.hub.Outbox;
import jakarta.websocket.Session;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The fallback link: frames sent one at a time through the WebSocket API, each after the previous
 * completed, for containers where {@link SessionLinks} finds no raw socket.
 */
final class TextLink implements Outbox.Link<WireFrame> {

  private final Session session;
  private final Runnable free;
  private final ArrayDeque<String> chain = new ArrayDeque<>();
  private volatile boolean sending;

  /**
   * @param free called when the last frame handed over was written
   */
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
   * Tyrus reschedules the idle timer on the container's scheduler with every send; Payara's managed
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

package com.sportshub.ws.endpoint;

import com.sportshub.ws.hub.Outbox;
import com.sportshub.ws.hub.Subscriber;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One client's WebSocket session, its send queue and the channels it joined. */
final class ClientConnection implements Subscriber {

  private static final Logger LOG = Logger.getLogger(ClientConnection.class.getName());

  private final Session session;
  private final Outbox outbox;
  private final Set<String> channels = ConcurrentHashMap.newKeySet();

  ClientConnection(Session session, int sendQueueCapacity) {
    this.session = session;
    this.outbox = new Outbox(sendQueueCapacity, this::write);
  }

  private void write(String frame) {
    session.getAsyncRemote().sendText(frame, result -> outbox.written());
  }

  @Override
  public String id() {
    return session.getId();
  }

  @Override
  public void send(String frame) {
    if (!session.isOpen()) {
      return;
    }
    if (!outbox.offer(frame)) {
      close(CloseCodes.SLOW_CONSUMER, "send queue full: resume with since");
    }
  }

  Set<String> channels() {
    return channels;
  }

  void close(CloseReason.CloseCode code, String reason) {
    try {
      session.close(new CloseReason(code, reason));
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing " + id() + " failed", e);
    }
  }
}

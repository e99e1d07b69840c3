package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.JsonText;
import com.sportshub.ws.transport.SessionLinks;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one WebSocket endpoint, {@code /ws}: JSON text frames, one message each, every message an
 * object with a {@code type}. The protocol is written down in docs/protocol.md.
 */
@ServerEndpoint(value = "/ws", configurator = EndpointSetup.class)
public class HubEndpoint {

  static final int PROTOCOL_VERSION = 1;
  private static final Logger LOG = Logger.getLogger(HubEndpoint.class.getName());

  /** What every connection shares; {@link EndpointSetup} resolves it once. */
  record Parts(
      HubSettings settings,
      Connections connections,
      Requests requests,
      Subscriptions subscriptions,
      Authentication authentication,
      HubMetrics metrics) {}

  private final HubSettings settings;
  private final Connections connections;
  private final Requests requests;
  private final Subscriptions subscriptions;
  private final Authentication authentication;
  private final ExecutorService executor;
  private final HubMetrics metrics;

  private ClientSession client;

  HubEndpoint(Parts parts) {
    this.settings = parts.settings();
    this.connections = parts.connections();
    this.requests = parts.requests();
    this.subscriptions = parts.subscriptions();
    this.authentication = parts.authentication();
    this.executor = parts.connections().lanes();
    this.metrics = parts.metrics();
  }

  @OnOpen
  public void open(Session session) {
    session.setMaxTextMessageBufferSize(settings.maxFrameBytes());
    // No container idle timeout: the hub's own heartbeat finds dead connections.
    SessionLinks.plainIdleTimer(session, connections.flushTimer());
    session.setMaxIdleTimeout(0);
    client =
        new ClientSession(
            session,
            settings,
            executor,
            connections.flushTimer(),
            subscriptions::resubscribe,
            metrics.sender());
    connections.opened(client);
    metrics.opened();
    client.send(welcome());
    List<String> token = session.getRequestParameterMap().get("access_token");
    if (token != null && !token.isEmpty()) {
      client.lane().execute(() -> authentication.authenticate(client, token.get(0), null));
    }
  }

  private String welcome() {
    return Messages.reply("welcome", null)
        .add("connectionId", client.id())
        .add("node", settings.node())
        .add("serverTime", System.currentTimeMillis())
        .add("protocolVersion", PROTOCOL_VERSION)
        .add("heartbeatMs", settings.heartbeatMs())
        .add(
            "limits",
            JsonText.JSON
                .createObjectBuilder()
                .add("maxFrameBytes", settings.maxFrameBytes())
                .add("maxSubscriptions", settings.maxSubscriptions())
                .add("messagesPerSecond", settings.messagesPerSecond())
                .add("burst", settings.burst())
                .add("sendQueue", settings.sendQueue())
                .add("connectionsPerUser", settings.connectionsPerUser()))
        .build()
        .toString();
  }

  @OnMessage
  public void message(String text) {
    requests.handle(client, text);
  }

  /** The protocol is JSON text; a binary frame is refused, not silently dropped. */
  @OnMessage
  public void binary(ByteBuffer data) {
    client.close(
        CloseReason.CloseCodes.CANNOT_ACCEPT, "binary frames are not part of the protocol");
  }

  @OnMessage
  public void pong(PongMessage pong) {
    client.heard();
  }

  @OnClose
  public void close(Session session, CloseReason reason) {
    metrics.closed(reason.getCloseCode().getCode());
    if (client != null) {
      connections.closed(client);
      client.lane().execute(() -> subscriptions.leaveAll(client));
    }
  }

  @OnError
  public void failed(Session session, Throwable error) {
    LOG.log(Level.FINE, "connection " + session.getId() + " failed", error);
  }
}

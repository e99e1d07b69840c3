package com.sportshub.ws.endpoint;

import com.sportshub.ws.hub.Fanout;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one WebSocket endpoint, {@code /ws}: JSON text frames, one message each, every message an
 * object with a {@code type}. The protocol is written down in docs/protocol.md.
 */
@ServerEndpoint("/ws")
public class HubEndpoint {

  static final int PROTOCOL_VERSION = 1;
  static final int MAX_FRAME_BYTES = 16 * 1024;
  static final int SEND_QUEUE_CAPACITY = 1024;
  private static final Logger LOG = Logger.getLogger(HubEndpoint.class.getName());

  @Inject Fanout fanout;

  private ClientConnection client;

  @OnOpen
  public void open(Session session) {
    client = new ClientConnection(session, SEND_QUEUE_CAPACITY);
    reply(
        Json.createObjectBuilder()
            .add("type", "welcome")
            .add("connectionId", client.id())
            .add("serverTime", System.currentTimeMillis())
            .add("protocolVersion", PROTOCOL_VERSION)
            .add("limits", Json.createObjectBuilder().add("maxFrameBytes", MAX_FRAME_BYTES)));
  }

  @OnMessage(maxMessageSize = MAX_FRAME_BYTES)
  public void message(String text) {
    JsonObject message;
    try {
      JsonValue value = Json.createReader(new StringReader(text)).readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        error(ErrorCode.BAD_REQUEST, "a message must be a JSON object", null);
        return;
      }
      message = value.asJsonObject();
    } catch (JsonParsingException e) {
      error(ErrorCode.BAD_REQUEST, "malformed JSON: " + e.getMessage(), null);
      return;
    }
    JsonValue id = message.get("id");
    switch (message.getString("type", "")) {
      case "subscribe" -> subscribe(message.getString("channel", null), id);
      case "unsubscribe" -> unsubscribe(message.getString("channel", null), id);
      case "ping" -> reply(withId(id).add("type", "pong").add("serverTime", now()));
      case "" -> error(ErrorCode.BAD_REQUEST, "a message needs a string \"type\"", id);
      default -> error(ErrorCode.UNKNOWN_TYPE, "unknown type " + message.get("type"), id);
    }
  }

  private void subscribe(String channel, JsonValue id) {
    if (!Channels.isValid(channel)) {
      error(ErrorCode.INVALID_CHANNEL, "not a channel name: " + channel, id);
      return;
    }
    fanout.join(channel, client);
    client.channels().add(channel);
    reply(withId(id).add("type", "subscribed").add("channel", channel));
  }

  private void unsubscribe(String channel, JsonValue id) {
    if (channel == null || !client.channels().remove(channel)) {
      error(ErrorCode.BAD_REQUEST, "not subscribed to " + channel, id);
      return;
    }
    fanout.leave(channel, client);
    reply(withId(id).add("type", "unsubscribed").add("channel", channel));
  }

  @OnClose
  public void close(Session session, CloseReason reason) {
    if (client != null) {
      client.channels().forEach(channel -> fanout.leave(channel, client));
    }
  }

  @OnError
  public void failed(Session session, Throwable error) {
    LOG.log(Level.FINE, "connection " + session.getId() + " failed", error);
  }

  private void error(ErrorCode code, String text, JsonValue id) {
    reply(withId(id).add("type", "error").add("code", code.name()).add("message", text));
  }

  private static JsonObjectBuilder withId(JsonValue id) {
    JsonObjectBuilder builder = Json.createObjectBuilder();
    if (id != null) {
      builder.add("id", id);
    }
    return builder;
  }

  private void reply(JsonObjectBuilder message) {
    client.send(message.build().toString());
  }

  private static long now() {
    return System.currentTimeMillis();
  }
}

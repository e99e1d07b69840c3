package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads each client message and answers it. Cheap requests are answered on the I/O thread; those
 * that may block go to the client's lane, in arrival order.
 */
@ApplicationScoped
class Requests {

  /** Refused messages in a row after which a client is closed as a flood. */
  static final int FLOOD_LIMIT = 100;

  @Inject Subscriptions subscriptions;
  @Inject Authentication authentication;
  @Inject MatchCommandRequests matchCommands;

  void handle(ClientSession client, String text) {
    if (!client.admit()) {
      if (client.refusedInRow() >= FLOOD_LIMIT) {
        client.close(CloseCodes.FLOODING, "kept sending over the message rate");
      } else if (client.refusedInRow() == 1 || client.refusedInRow() % 10 == 0) {
        client.send(Messages.error(ErrorCode.RATE_LIMITED, "slow down", null));
      }
      return;
    }
    JsonObject message;
    try {
      JsonValue value = JsonText.JSON.createReader(new StringReader(text)).readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        client.send(Messages.error(ErrorCode.BAD_REQUEST, "a message must be a JSON object", null));
        return;
      }
      message = LegacyMessages.translate(value.asJsonObject());
    } catch (JsonParsingException e) {
      client.send(Messages.error(ErrorCode.BAD_REQUEST, "malformed JSON", null));
      return;
    }
    dispatch(client, message);
  }

  private void dispatch(ClientSession client, JsonObject message) {
    JsonValue id = message.get("id");
    JsonValue type = message.get("type");
    if (!(type instanceof JsonString)) {
      client.send(Messages.error(ErrorCode.BAD_REQUEST, "a message needs a string \"type\"", id));
      return;
    }
    switch (((JsonString) type).getString()) {
      case "ping" ->
          client.send(
              Messages.reply("pong", id)
                  .add("serverTime", System.currentTimeMillis())
                  .build()
                  .toString());
      case "auth" -> {
        String token = message.getString("token", null);
        client.lane().execute(() -> authentication.authenticate(client, token, id));
      }
      case "subscribe" -> subscribe(client, message, id);
      case "unsubscribe" -> {
        List<String> channels = channels(message);
        client
            .lane()
            .execute(() -> channels.forEach(c -> subscriptions.unsubscribe(client, c, id)));
      }
      case "subscriptions" -> client.lane().execute(() -> listSubscriptions(client, id));
      case "match_command" ->
          client.lane().execute(() -> matchCommands.handle(client, message, id));
      default -> client.send(Messages.error(ErrorCode.UNKNOWN_TYPE, "unknown type " + type, id));
    }
  }

  private void subscribe(ClientSession client, JsonObject message, JsonValue id) {
    List<String> channels = channels(message);
    if (channels.isEmpty()) {
      client.send(Messages.error(ErrorCode.BAD_REQUEST, "subscribe needs channel or channels", id));
      return;
    }
    JsonObject since =
        message.get("since") instanceof JsonObject s ? s : JsonValue.EMPTY_JSON_OBJECT;
    for (String channel : channels) {
      OptionalLong from =
          since.get(channel) instanceof jakarta.json.JsonNumber n
              ? OptionalLong.of(n.longValue())
              : OptionalLong.empty();
      client.lane().execute(() -> subscriptions.subscribe(client, channel, from, id));
    }
  }

  private void listSubscriptions(ClientSession client, JsonValue id) {
    JsonArrayBuilder names = JsonText.JSON.createArrayBuilder();
    client.channels().stream().sorted().forEach(names::add);
    client.send(Messages.reply("subscriptions", id).add("channels", names).build().toString());
  }

  /** The {@code channel} or {@code channels} of a message; a non-string entry becomes null. */
  private static List<String> channels(JsonObject message) {
    List<String> channels = new ArrayList<>();
    if (message.containsKey("channel")) {
      channels.add(message.get("channel") instanceof JsonString s ? s.getString() : null);
    }
    if (message.get("channels") instanceof jakarta.json.JsonArray list) {
      list.forEach(c -> channels.add(c instanceof JsonString s ? s.getString() : null));
    }
    return channels;
  }
}

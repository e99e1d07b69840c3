package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
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

  /** The longest string {@code id}; the server echoes ids back, so they stay small. */
  static final int MAX_ID_LENGTH = 128;

  @Inject Subscriptions subscriptions;
  @Inject Authentication authentication;
  @Inject MatchCommandRequests matchCommands;
  @Inject HubMetrics metrics;

  void handle(ClientSession client, String text) {
    if (!client.admit()) {
      if (client.refusedInRow() >= FLOOD_LIMIT) {
        client.close(CloseCodes.FLOODING, "kept sending over the message rate");
      } else if (client.refusedInRow() == 1 || client.refusedInRow() % 10 == 0) {
        if (client.refusedInRow() == 1) {
          metrics.rateLimited();
        }
        client.send(Messages.error(ErrorCode.RATE_LIMITED, "slow down", null));
      }
      return;
    }
    JsonValue value;
    try {
      value = JsonText.JSON.createReader(new StringReader(text)).readValue();
    } catch (JsonParsingException e) {
      client.send(Messages.error(ErrorCode.BAD_REQUEST, "malformed JSON", null));
      return;
    } catch (RuntimeException e) {
      // the reader's own limits (nesting depth, digits in a number): its message says which
      client.send(
          Messages.error(ErrorCode.BAD_REQUEST, "unreadable JSON: " + e.getMessage(), null));
      return;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      client.send(Messages.error(ErrorCode.BAD_REQUEST, "a message must be a JSON object", null));
      return;
    }
    JsonObject message = LegacyMessages.translate(value.asJsonObject());
    dispatch(client, message);
  }

  private void dispatch(ClientSession client, JsonObject message) {
    JsonValue id = message.get("id");
    if (id != null && !isValidId(id)) {
      client.send(
          Messages.badField(
              "id must be a string of at most " + MAX_ID_LENGTH + " characters or a safe integer",
              null,
              "id"));
      return;
    }
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
        List<String> channels = channels(client, message, id);
        if (channels == null) {
          return;
        }
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
    List<String> channels = channels(client, message, id);
    if (channels == null) {
      return;
    }
    if (channels.isEmpty()) {
      client.send(Messages.error(ErrorCode.BAD_REQUEST, "subscribe needs channel or channels", id));
      return;
    }
    JsonValue sinceValue = message.getOrDefault("since", JsonValue.EMPTY_JSON_OBJECT);
    if (!(sinceValue instanceof JsonObject since)) {
      client.send(Messages.badField("since must be an object of channel: seq", id, "since"));
      return;
    }
    List<OptionalLong> froms = new ArrayList<>();
    for (String channel : channels) {
      JsonValue seq = since.get(channel);
      OptionalLong from = seq == null ? OptionalLong.empty() : SafeIntegers.of(seq);
      if (seq != null && (from.isEmpty() || from.getAsLong() < 0)) {
        client.send(
            Messages.badField(
                "a seq in since must be a whole number from 0 to 2^53 - 1",
                id,
                "since." + channel));
        return;
      }
      froms.add(from);
    }
    for (int i = 0; i < channels.size(); i++) {
      String channel = channels.get(i);
      OptionalLong from = froms.get(i);
      client.lane().execute(() -> subscriptions.subscribe(client, channel, from, id));
    }
  }

  private void listSubscriptions(ClientSession client, JsonValue id) {
    JsonArrayBuilder names = JsonText.JSON.createArrayBuilder();
    client.channels().stream().sorted().forEach(names::add);
    client.send(Messages.reply("subscriptions", id).add("channels", names).build().toString());
  }

  /**
   * The {@code channel} or {@code channels} of a message; null, after telling the client which
   * field is wrong, when one is not a string (or {@code channels} not an array).
   */
  private static List<String> channels(ClientSession client, JsonObject message, JsonValue id) {
    List<String> channels = new ArrayList<>();
    if (message.containsKey("channel")) {
      if (!(message.get("channel") instanceof JsonString name)) {
        client.send(Messages.badField("channel must be a string", id, "channel"));
        return null;
      }
      channels.add(name.getString());
    }
    if (message.containsKey("channels")) {
      if (!(message.get("channels") instanceof JsonArray list)) {
        client.send(Messages.badField("channels must be an array of strings", id, "channels"));
        return null;
      }
      for (int i = 0; i < list.size(); i++) {
        if (!(list.get(i) instanceof JsonString name)) {
          client.send(Messages.badField("a channel must be a string", id, "channels[" + i + "]"));
          return null;
        }
        channels.add(name.getString());
      }
    }
    return channels;
  }

  private static boolean isValidId(JsonValue id) {
    return id instanceof JsonString text
        ? text.getString().length() <= MAX_ID_LENGTH
        : SafeIntegers.of(id).isPresent();
  }
}

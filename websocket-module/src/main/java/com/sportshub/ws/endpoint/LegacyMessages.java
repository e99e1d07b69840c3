package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.JsonText;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Translates the message names of the Socket.IO designs this hub replaces (docs/protocol.md has the
 * table) into the protocol's own, so that their clients need only a new transport.
 */
final class LegacyMessages {

  private LegacyMessages() {}

  static JsonObject translate(JsonObject message) {
    String type = message.getString("type", "");
    return switch (type) {
      case "subscribe_race" -> canonical("subscribe", message, "race:", "raceId");
      case "unsubscribe_race" -> canonical("unsubscribe", message, "race:", "raceId");
      case "subscribe_races" -> many("subscribe", message, "race:", "raceIds");
      case "SUBSCRIBE_MATCH", "subscribe_match" ->
          canonical("subscribe", message, "match:", "matchId");
      case "subscribe_standings" -> canonical("subscribe", message, "standings:", "competition");
      case "subscribe_live_matches" -> fixed("subscribe", message, "matches:live");
      case "get_subscriptions" -> fixed("subscriptions", message, null);
      case "subscribe_odds" ->
          message.containsKey("eventId")
              ? canonical("subscribe", message, "odds:event:", "eventId")
              : canonical("subscribe", message, "odds:", "sport");
      case "subscribe" ->
          message.containsKey("sport") && !message.containsKey("channel")
              ? canonical("subscribe", message, "odds:", "sport")
              : message;
      default -> message;
    };
  }

  private static JsonObject canonical(String type, JsonObject from, String prefix, String field) {
    JsonValue key = from.get(field);
    String channel = key instanceof JsonString s ? prefix + s.getString() : null;
    JsonObjectBuilder to = base(type, from);
    if (channel != null) {
      to.add("channel", channel);
    }
    return to.build();
  }

  private static JsonObject many(String type, JsonObject from, String prefix, String field) {
    JsonArrayBuilder channels = JsonText.JSON.createArrayBuilder();
    JsonValue keys = from.get(field);
    if (keys != null && keys.getValueType() == JsonValue.ValueType.ARRAY) {
      keys.asJsonArray().stream()
          .filter(k -> k instanceof JsonString)
          .forEach(k -> channels.add(prefix + ((JsonString) k).getString()));
    }
    return base(type, from).add("channels", channels).build();
  }

  private static JsonObject fixed(String type, JsonObject from, String channel) {
    JsonObjectBuilder to = base(type, from);
    if (channel != null) {
      to.add("channel", channel);
    }
    return to.build();
  }

  private static JsonObjectBuilder base(String type, JsonObject from) {
    JsonObjectBuilder to = JsonText.JSON.createObjectBuilder().add("type", type);
    if (from.containsKey("id")) {
      to.add("id", from.get("id"));
    }
    return to;
  }
}

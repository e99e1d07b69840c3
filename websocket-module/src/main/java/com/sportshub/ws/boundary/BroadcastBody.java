package com.sportshub.ws.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a broadcast request, {@code {channel, event, data}} or {@code {items: [...]}}, the same
 * whether it came over REST or the Redis intake. A batch is checked whole: one wrong item refuses
 * all of them.
 */
public final class BroadcastBody {

  public static final int MAX_ITEMS = 1_000;

  private BroadcastBody() {}

  /**
   * @throws InvalidBroadcast naming the first wrong field, e.g. {@code items[3].channel}
   */
  public static List<Broadcast> read(JsonObject body) {
    if (body == null) {
      throw new InvalidBroadcast("body", "is required");
    }
    List<Broadcast> items = new ArrayList<>();
    if (body.containsKey("items")) {
      if (body.get("items").getValueType() != JsonValue.ValueType.ARRAY) {
        throw new InvalidBroadcast("items", "must be an array");
      }
      List<JsonValue> list = body.getJsonArray("items");
      if (list.isEmpty() || list.size() > MAX_ITEMS) {
        throw new InvalidBroadcast("items", "must hold 1 to " + MAX_ITEMS + " broadcasts");
      }
      for (int i = 0; i < list.size(); i++) {
        items.add(item(list.get(i), "items[" + i + "]."));
      }
    } else {
      items.add(item(body, ""));
    }
    return items;
  }

  private static Broadcast item(JsonValue value, String path) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidBroadcast(
          path.isEmpty() ? "body" : path.substring(0, path.length() - 1), "must be an object");
    }
    JsonObject object = value.asJsonObject();
    JsonValue data = object.get("data");
    Broadcast broadcast =
        new Broadcast(
            text(object, "channel"), text(object, "event"), data == null ? null : data.toString());
    String wrong = broadcast.invalidField();
    if (wrong != null) {
      throw new InvalidBroadcast(
          path + wrong, wrong.equals("data") ? "is required" : "is not allowed here");
    }
    return broadcast;
  }

  private static String text(JsonObject object, String field) {
    return object.get(field) instanceof JsonString s ? s.getString() : null;
  }
}

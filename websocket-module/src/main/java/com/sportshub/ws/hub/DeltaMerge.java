package com.sportshub.ws.hub;

import com.sportshub.ws.broker.JsonText;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges a newer delta into an older one, so that one message carries the latest state of both.
 *
 * <p>Newer values win. Objects merge field by field. Arrays whose elements are objects with a
 * {@code key} merge element by element (an element of the newer array replaces the older one with
 * the same key; new keys are appended), so {@code prices: [{key: "bet365/h2h/Home", ...}]} keeps
 * every changed price. Any other array is replaced whole.
 */
public final class DeltaMerge {

  private DeltaMerge() {}

  public static String merge(String older, String newer) {
    return merge(read(older), read(newer)).toString();
  }

  static JsonValue merge(JsonValue older, JsonValue newer) {
    if (older instanceof JsonObject o && newer instanceof JsonObject n) {
      JsonObjectBuilder merged = JsonText.JSON.createObjectBuilder(o);
      n.forEach(
          (name, value) ->
              merged.add(name, o.containsKey(name) ? merge(o.get(name), value) : value));
      return merged.build();
    }
    if (older instanceof JsonArray o && newer instanceof JsonArray n && keyed(o) && keyed(n)) {
      Map<String, JsonValue> byKey = new LinkedHashMap<>();
      o.forEach(element -> byKey.put(key(element), element));
      n.forEach(element -> byKey.merge(key(element), element, DeltaMerge::merge));
      JsonArrayBuilder merged = JsonText.JSON.createArrayBuilder();
      byKey.values().forEach(merged::add);
      return merged.build();
    }
    return newer;
  }

  private static boolean keyed(JsonArray array) {
    return array.stream()
        .allMatch(
            e -> e instanceof JsonObject o && o.get("key") instanceof jakarta.json.JsonString);
  }

  private static String key(JsonValue element) {
    return element.asJsonObject().getString("key");
  }

  private static JsonValue read(String json) {
    return JsonText.JSON.createReader(new StringReader(json)).readValue();
  }
}

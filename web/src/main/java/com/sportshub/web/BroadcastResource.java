package com.sportshub.web;

import com.sportshub.ws.boundary.Broadcast;
import com.sportshub.ws.boundary.Broadcasts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/broadcast}: {@code {channel, event, data}} or {@code {items: [...]}} for the
 * {@code news}, {@code notice:{name}} and {@code user:{subject}} channels. A batch is checked whole
 * before anything goes out; 202 once the broker has taken every item.
 */
@Path("broadcast")
@RequestScoped
public class BroadcastResource {

  static final int MAX_ITEMS = 1_000;

  @Inject Broadcasts broadcasts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public Response broadcast(JsonObject body) {
    if (body == null) {
      throw new InvalidInput("body", "is required");
    }
    List<Broadcast> items = new ArrayList<>();
    if (body.containsKey("items")) {
      if (body.get("items").getValueType() != JsonValue.ValueType.ARRAY) {
        throw new InvalidInput("items", "must be an array");
      }
      List<JsonValue> list = body.getJsonArray("items");
      if (list.isEmpty() || list.size() > MAX_ITEMS) {
        throw new InvalidInput("items", "must hold 1 to " + MAX_ITEMS + " broadcasts");
      }
      for (int i = 0; i < list.size(); i++) {
        items.add(item(list.get(i), "items[" + i + "]."));
      }
    } else {
      items.add(item(body, ""));
    }
    broadcasts.publish(items);
    return Response.accepted("{\"accepted\":" + items.size() + "}").build();
  }

  private static Broadcast item(JsonValue value, String path) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidInput(
          path.isEmpty() ? "body" : path.substring(0, path.length() - 1), "must be an object");
    }
    JsonObject object = value.asJsonObject();
    JsonValue data = object.get("data");
    Broadcast broadcast =
        new Broadcast(
            text(object, "channel"), text(object, "event"), data == null ? null : data.toString());
    String wrong = broadcast.invalidField();
    if (wrong != null) {
      throw new InvalidInput(
          path + wrong, wrong.equals("data") ? "is required" : "is not allowed here");
    }
    return broadcast;
  }

  private static String text(JsonObject object, String field) {
    return object.get(field) instanceof JsonString s ? s.getString() : null;
  }
}

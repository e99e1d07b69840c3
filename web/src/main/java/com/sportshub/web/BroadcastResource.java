package com.sportshub.web;

import com.sportshub.web.problems.InvalidInput;
import com.sportshub.web.security.Roles;
import com.sportshub.ws.boundary.Broadcast;
import com.sportshub.ws.boundary.BroadcastBody;
import com.sportshub.ws.boundary.Broadcasts;
import com.sportshub.ws.boundary.InvalidBroadcast;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code POST /api/broadcast}: {@code {channel, event, data}} or {@code {items: [...]}} for the
 * {@code news}, {@code notice:{name}} and {@code user:{subject}} channels. A batch is checked whole
 * before anything goes out; 202 once the broker has taken every item.
 */
@Path("broadcast")
@RequestScoped
public class BroadcastResource {

  @Inject Broadcasts broadcasts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public Response broadcast(JsonObject body) {
    List<Broadcast> items;
    try {
      items = BroadcastBody.read(body);
    } catch (InvalidBroadcast wrong) {
      throw new InvalidInput(wrong.field(), wrong.problem());
    }
    broadcasts.publish(items);
    return Response.accepted("{\"accepted\":" + items.size() + "}").build();
  }
}

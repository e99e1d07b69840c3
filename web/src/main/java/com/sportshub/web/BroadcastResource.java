package com.sportshub.web;

import com.sportshub.web.problems.InvalidInput;
import com.sportshub.web.problems.Problems;
import com.sportshub.web.security.Roles;
import com.sportshub.ws.boundary.Broadcast;
import com.sportshub.ws.boundary.BroadcastBody;
import com.sportshub.ws.boundary.Broadcasts;
import com.sportshub.ws.boundary.InvalidBroadcast;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code POST /api/broadcast}: {@code {channel, event, data}} or {@code {items: [...]}} for the
 * {@code news}, {@code notice:{name}} and {@code user:{subject}} channels. A batch is checked whole
 * before anything goes out; 202 once the broker has taken every item. The body is read as text, in
 * one pass ({@link BroadcastBody}): each item's data goes out as it came in.
 */
@Path("broadcast")
@ApplicationScoped
public class BroadcastResource {

  @Inject Broadcasts broadcasts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public Response broadcast(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
    if (type == null) {
      // JAX-RS matches a body without a type to any @Consumes; a write must say what it sends.
      return Problems.of(
          415, "Unsupported Media Type", "the body must be sent as application/json");
    }
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

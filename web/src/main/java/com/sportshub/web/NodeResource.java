package com.sportshub.web;

import com.sportshub.ws.boundary.NodeControl;
import com.sportshub.ws.status.NodeFigures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/node}: this node for its operators (admins): its figures ({@code GET}: connections,
 * channels, the busiest, subscriptions by kind, as seed 001's subscription stats), draining it
 * before a restart ({@code POST /api/node/drain}) and closing one connection ({@code DELETE
 * /api/node/connections/{id}}).
 */
@Path("node")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class NodeResource {

  @Inject NodeControl node;

  @GET
  public NodeFigures figures(@QueryParam("busiest") @DefaultValue("20") int busiest) {
    return node.figures(Math.max(0, Math.min(busiest, 1_000)));
  }

  /** 202: the node drains from now on (readiness DOWN, new connections refused, 1012 closes). */
  @POST
  @Path("drain")
  public Response drain() {
    int closing = node.drain();
    return Response.accepted(
            jakarta.json.Json.createObjectBuilder()
                .add("draining", true)
                .add("closing", closing)
                .build())
        .build();
  }

  @DELETE
  @Path("connections/{id}")
  public Response close(@PathParam("id") String connectionId) {
    if (!node.close(connectionId)) {
      throw new NotFoundException("no open connection " + connectionId);
    }
    return Response.noContent().build();
  }
}

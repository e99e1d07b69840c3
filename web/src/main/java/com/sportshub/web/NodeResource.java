package com.sportshub.web;

import com.sportshub.web.security.Roles;
import com.sportshub.ws.boundary.NodeControl;
import com.sportshub.ws.status.NodeFigures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.io.StringReader;

/**
 * {@code /api/node}: this node for its operators (admins): its figures ({@code GET}: connections,
 * channels, the busiest, subscriptions by kind, as seed 001's subscription stats), the cluster's
 * nodes ({@code GET /api/node/cluster}), draining it before a restart ({@code POST
 * /api/node/drain}) and closing one connection ({@code DELETE /api/node/connections/{id}}).
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

  /**
   * Every live node of the cluster as it last reported itself (every 5 s): its connections,
   * channels and subscriptions, with the cluster's totals. Without Redis, this node alone.
   */
  @GET
  @Path("cluster")
  public JsonObject cluster() {
    JsonArrayBuilder nodes = Json.createArrayBuilder();
    long connections = 0;
    long subscriptions = 0;
    for (String report : node.clusterReports()) {
      JsonObject one = Json.createReader(new StringReader(report)).readObject();
      nodes.add(one);
      connections += one.getInt("connections", 0);
      subscriptions += one.getInt("subscriptions", 0);
    }
    return Json.createObjectBuilder()
        .add("nodes", nodes)
        .add("connections", connections)
        .add("subscriptions", subscriptions)
        .build();
  }

  /** 202: the node drains from now on (readiness DOWN, new connections refused, 1012 closes). */
  @POST
  @Path("drain")
  public Response drain() {
    int closing = node.drain();
    return Response.accepted(
            Json.createObjectBuilder().add("draining", true).add("closing", closing).build())
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

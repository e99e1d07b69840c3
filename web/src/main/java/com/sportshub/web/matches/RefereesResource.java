package com.sportshub.web.matches;

import com.sportshub.matches.boundary.MatchAdministration;
import com.sportshub.matches.query.MatchQueries;
import com.sportshub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * {@code /api/matches/{id}/referees}: which referees (token subjects) may command a match. Admins
 * assign ({@code PUT .../{subject}}), withdraw ({@code DELETE}) and list them.
 */
@Path("matches/{matchId}/referees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RefereesResource {

  @Inject MatchAdministration administration;
  @Inject MatchQueries matches;
  @Context SecurityContext security;

  @GET
  public List<String> referees(@PathParam("matchId") String matchId) {
    return matches.referees(matchId).orElseThrow(() -> new NotFoundException(matchId));
  }

  @PUT
  @Path("{referee}")
  public JsonObject assign(
      @PathParam("matchId") String matchId, @PathParam("referee") String referee) {
    boolean added = administration.assign(matchId, referee, security.getUserPrincipal().getName());
    return Json.createObjectBuilder().add("referee", referee).add("assigned", added).build();
  }

  @DELETE
  @Path("{referee}")
  public JsonObject withdraw(
      @PathParam("matchId") String matchId, @PathParam("referee") String referee) {
    if (!administration.withdraw(matchId, referee)) {
      throw new NotFoundException(referee);
    }
    return Json.createObjectBuilder().add("referee", referee).add("withdrawn", true).build();
  }
}

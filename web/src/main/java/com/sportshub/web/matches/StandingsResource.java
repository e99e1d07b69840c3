package com.sportshub.web.matches;

import com.sportshub.matches.boundary.MatchAdministration;
import com.sportshub.matches.commands.PointsDeduction;
import com.sportshub.matches.query.MatchJson;
import com.sportshub.matches.query.MatchQueries;
import com.sportshub.web.problems.InvalidInput;
import com.sportshub.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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
 * {@code /api/matches/standings/{competition}}: a competition's table, by default the official
 * total table of its current season; {@code ?live=true} counts the matches being played (marked
 * provisional), {@code ?type=home|away}, {@code ?season=2022-23}. Admins deduct points.
 */
@Path("matches/standings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StandingsResource {

  @Inject MatchQueries matches;
  @Inject MatchAdministration administration;

  @GET
  @Path("{competition}")
  @PermitAll
  public JsonObject table(
      @PathParam("competition") String competition,
      @QueryParam("season") String season,
      @QueryParam("type") String type,
      @QueryParam("live") String live) {
    if (live != null && !live.equals("true") && !live.equals("false")) {
      throw new InvalidInput("live", "must be true or false");
    }
    return matches
        .standings(competition, season, type, "true".equals(live))
        .map(table -> MatchJson.standings(table).build())
        .orElseThrow(() -> new NotFoundException(competition));
  }

  /** {@code {team, points, reason, season?}}: the deduction counts in the total table at once. */
  @POST
  @Path("{competition}/deductions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public Response deduct(@PathParam("competition") String competition, JsonObject body) {
    if (body == null) {
      throw new InvalidInput("body", "is required");
    }
    String team = Fixtures.text(body, "team");
    Integer points = Fixtures.whole(body, "points");
    String reason = Fixtures.text(body, "reason");
    if (team == null || team.isBlank() || team.length() > 128) {
      throw new InvalidInput("team", "must be a team name of 1 to 128 characters");
    }
    if (points == null || points < 1 || points > 100) {
      throw new InvalidInput("points", "must be from 1 to 100");
    }
    if (reason == null || reason.isBlank() || reason.length() > 256) {
      throw new InvalidInput("reason", "must be 1 to 256 characters");
    }
    administration.deduct(
        competition, Fixtures.text(body, "season"), new PointsDeduction(team, points, reason));
    return Response.status(201).entity(body.toString()).build();
  }
}

package com.sportshub.web.matches;

import com.sportshub.matches.boundary.SeasonImport;
import com.sportshub.web.JsonBodyReader;
import com.sportshub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/matches/import/openfootball?competition=PL&season=2022-23[&zone=Europe/London]}
 * with an openfootball season file (football.json) as the body: imports every match with its
 * result, stores the season's table and publishes it if it is the current season. Admins only.
 * Importing a file again changes nothing.
 *
 * <p>The body is taken as a JSON object, so that {@link JsonBodyReader}'s limits apply to it as to
 * every other body, and handed on as text (a season file is read once).
 */
@Path("matches/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class MatchImportResource {

  @Inject SeasonImport seasons;

  @POST
  @Path("openfootball")
  @Consumes(MediaType.APPLICATION_JSON)
  public SeasonImport.Result openfootball(
      JsonObject body,
      @QueryParam("competition") String competition,
      @QueryParam("season") String season,
      @QueryParam("zone") String zone) {
    return seasons.openfootball(body.toString(), competition, season, zone);
  }
}

package com.sportshub.web.matches;

import com.sportshub.matches.boundary.MatchAdministration;
import com.sportshub.matches.commands.PointsRule;
import com.sportshub.matches.query.CompetitionView;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/matches/competitions}: the competitions known, and (admins) a competition's name,
 * points for a win, draw and loss, and tie-break rule set (PREMIER_LEAGUE, LA_LIGA,
 * UEFA_GROUP_STAGE).
 */
@Path("matches/competitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CompetitionsResource {

  @Inject MatchQueries matches;
  @Inject MatchAdministration administration;

  @GET
  @PermitAll
  public List<CompetitionView> competitions() {
    return matches.competitions();
  }

  /** {@code {name?, pointsWin, pointsDraw, pointsLoss, tieBreak}}. */
  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public CompetitionView rules(@PathParam("code") String code, JsonObject body) {
    if (body == null) {
      throw new InvalidInput("body", "is required");
    }
    if (!code.matches("[A-Za-z0-9_-]{1,16}")) {
      throw new InvalidInput("code", "must be 1 to 16 of A-Z a-z 0-9 _ -");
    }
    PointsRule points;
    try {
      points =
          new PointsRule(
              required(body, "pointsWin"),
              required(body, "pointsDraw"),
              required(body, "pointsLoss"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("pointsWin", "a win must be worth at least a draw, a draw a loss");
    }
    return administration.rules(
        code, Fixtures.text(body, "name"), points, Fixtures.text(body, "tieBreak"));
  }

  private static int required(JsonObject body, String field) {
    Integer value = Fixtures.whole(body, field);
    if (value == null || value < 0 || value > 10) {
      throw new InvalidInput(field, "must be from 0 to 10");
    }
    return value;
  }
}

package com.sportshub.web.matches;

import com.sportshub.matches.boundary.MatchAdministration;
import com.sportshub.matches.commands.CommandCaller;
import com.sportshub.matches.commands.CommandJson;
import com.sportshub.matches.commands.MatchCommands;
import com.sportshub.matches.commands.MatchFixture;
import com.sportshub.matches.query.CommandEntry;
import com.sportshub.matches.query.MatchJson;
import com.sportshub.matches.query.MatchQueries;
import com.sportshub.matches.query.MatchView;
import com.sportshub.web.problems.InvalidInput;
import com.sportshub.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Football matches over REST: the live list, a match with its events and statistics, matches by
 * competition or status, the feeds' sync status and the data quality report (all public); admins
 * schedule matches; referees assigned to a match and admins command it ({@code POST
 * /api/matches/{id}/commands}, the same commands as the WebSocket's {@code match_command}).
 */
@Path("matches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MatchesResource {

  @Inject MatchQueries matches;
  @Inject MatchCommands commands;
  @Inject MatchAdministration administration;
  @Context SecurityContext security;

  @GET
  @Path("live")
  @PermitAll
  public JsonObject live() {
    return MatchJson.live(matches.live(), Instant.now()).build();
  }

  @GET
  @PermitAll
  public String list(
      @QueryParam("competition") String competition, @QueryParam("status") String status) {
    return array(matches.matches(competition, status));
  }

  @GET
  @Path("{matchId}")
  @PermitAll
  public JsonObject match(@PathParam("matchId") String matchId) {
    return matches
        .match(matchId)
        .map(detail -> MatchJson.detail(detail).build())
        .orElseThrow(() -> new NotFoundException(matchId));
  }

  @GET
  @Path("sync-status")
  @PermitAll
  public JsonObject syncStatus() {
    return MatchJson.systemStatus(matches.systemStatus()).build();
  }

  @GET
  @Path("data-quality")
  @PermitAll
  public JsonObject dataQuality() {
    return MatchJson.dataQuality(matches.dataQuality()).build();
  }

  /**
   * Schedules a match: {@code {matchId?, competition, season?, matchday?, kickoff?, homeTeam,
   * awayTeam}}.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  public Response schedule(JsonObject body) {
    MatchFixture fixture = Fixtures.read(body);
    MatchView created = administration.schedule(fixture, "control");
    return Response.created(URI.create("matches/" + created.matchId()))
        .entity(MatchJson.match(created).build().toString())
        .build();
  }

  /** A command to the match; see docs/protocol.md for the commands and their fields. */
  @POST
  @Path("{matchId}/commands")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.REFEREE, Roles.ADMIN})
  public Response command(@PathParam("matchId") String matchId, JsonObject body) {
    if (body == null) {
      throw new InvalidInput("body", "is required");
    }
    JsonObject withoutId = Json.createObjectBuilder(body).remove("matchId").build();
    return CommandAnswers.of(commands.apply(CommandJson.read(matchId, withoutId), caller()));
  }

  /**
   * The commands applied to the match, oldest first: who, when, what. An audit trail that names the
   * officials, so it is read by those who may command the match (its referees and admins), not by
   * the referees of other matches.
   */
  @GET
  @Path("{matchId}/commands")
  @RolesAllowed({Roles.REFEREE, Roles.ADMIN})
  public List<CommandEntry> commands(@PathParam("matchId") String matchId) {
    List<String> referees =
        matches.referees(matchId).orElseThrow(() -> new NotFoundException(matchId));
    if (!security.isUserInRole(Roles.ADMIN)
        && !referees.contains(security.getUserPrincipal().getName())) {
      throw new ForbiddenException("only the match's referees and admins read its command log");
    }
    return matches.commands(matchId).orElseThrow(() -> new NotFoundException(matchId));
  }

  private CommandCaller caller() {
    Set<String> roles = new HashSet<>();
    for (String role : List.of(Roles.ADMIN, Roles.REFEREE, Roles.PUBLISHER)) {
      if (security.isUserInRole(role)) {
        roles.add(role);
      }
    }
    return new CommandCaller(security.getUserPrincipal().getName(), roles);
  }

  private static String array(List<MatchView> views) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    views.forEach(v -> array.add(MatchJson.match(v)));
    return array.build().toString();
  }
}

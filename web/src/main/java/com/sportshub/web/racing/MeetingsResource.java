package com.sportshub.web.racing;

import com.sportshub.racing.boundary.RaceFeed;
import com.sportshub.racing.query.MeetingView;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.RacingQueries;
import com.sportshub.web.problems.InvalidInput;
import com.sportshub.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Race meetings over REST: anyone reads a day's meetings (today, UTC, by default) and a meeting
 * with its races; publishers create meetings, add races to them and abandon them.
 */
@Path("racing/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {

  @Inject RaceFeed feed;
  @Inject RacingQueries racing;
  @Context SecurityContext security;

  @GET
  @PermitAll
  public List<MeetingView> day(@QueryParam("date") String date) {
    try {
      return racing.meetingsOn(
          date == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      throw new InvalidInput("date", "must be a date such as 2026-03-10");
    }
  }

  @GET
  @Path("{meetingId}")
  @PermitAll
  public MeetingView meeting(@PathParam("meetingId") String meetingId) {
    return racing.meeting(meetingId).orElseThrow(() -> new NotFoundException(meetingId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public Response create(JsonValue body) {
    MeetingView meeting = feed.createMeeting(RacingRequests.meeting(body));
    return Response.created(URI.create("racing/meetings/" + meeting.meetingId()))
        .entity(meeting)
        .build();
  }

  @POST
  @Path("{meetingId}/races")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public Response addRace(@PathParam("meetingId") String meetingId, JsonValue body) {
    RaceSummary race =
        feed.addRace(meetingId, RacingRequests.race(body), security.getUserPrincipal().getName());
    return Response.created(URI.create("racing/races/" + race.raceId())).entity(race).build();
  }

  /** Abandons the meeting: every race not yet run is ABANDONED. */
  @POST
  @Path("{meetingId}/abandonment")
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public MeetingView abandon(@PathParam("meetingId") String meetingId) {
    return feed.abandon(meetingId, "rest");
  }
}

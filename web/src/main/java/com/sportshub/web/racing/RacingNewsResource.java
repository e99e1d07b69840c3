package com.sportshub.web.racing;

import com.sportshub.racing.boundary.RacingNews;
import com.sportshub.racing.query.NewsView;
import com.sportshub.racing.query.RacingQueries;
import com.sportshub.web.problems.InvalidInput;
import com.sportshub.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * {@code /api/racing/news}: the newsroom publishes ({@code news_update} on {@code news} and on the
 * meeting's channel); anyone reads the latest items, of all meetings or of one.
 */
@Path("racing/news")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RacingNewsResource {

  private static final int MAX_LIMIT = 100;

  @Inject RacingNews news;
  @Inject RacingQueries racing;
  @Context SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public Response publish(JsonValue body) {
    NewsView item = news.publish(RacingRequests.news(body), security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(item).build();
  }

  @GET
  @PermitAll
  public List<NewsView> latest(
      @QueryParam("meetingId") String meetingId,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInput("limit", "must be 1 to " + MAX_LIMIT);
    }
    return racing.news(meetingId, limit);
  }
}

package com.sportshub.web.racing;

import com.sportshub.racing.boundary.Follows;
import com.sportshub.racing.query.FollowView;
import com.sportshub.racing.query.RacingQueries;
import com.sportshub.web.Fields;
import com.sportshub.web.security.SignedIn;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;

/**
 * {@code /api/racing/follows}: a signed-in user (any valid token, whatever its roles) follows a
 * race ({@code {raceId}}) or a runner in it ({@code {raceId, cloth}}), and hears on {@code
 * user:{subject}} when it goes off and when its result is weighed in. The subject is the token's,
 * never the body's.
 */
@Path("racing/follows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SignedIn
public class FollowsResource {

  @Inject Follows follows;
  @Inject RacingQueries racing;
  @Context SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response follow(JsonValue body) {
    String subject = subject();
    Fields f = Fields.of(body);
    FollowView follow = follows.follow(subject, f.text("raceId"), f.integer("cloth"));
    return Response.status(Response.Status.CREATED).entity(follow).build();
  }

  @GET
  public List<FollowView> mine() {
    return racing.follows(subject());
  }

  @DELETE
  public Response unfollow(
      @QueryParam("raceId") String raceId, @QueryParam("cloth") Integer cloth) {
    follows.unfollow(subject(), raceId, cloth);
    return Response.noContent().build();
  }

  private String subject() {
    Principal caller = security.getUserPrincipal();
    if (caller == null) {
      throw new NotAuthorizedException("Bearer");
    }
    return caller.getName();
  }
}

package com.sportshub.web;

import com.sportshub.odds.boundary.OddsIntake;
import com.sportshub.odds.query.OddsQueries;
import com.sportshub.odds.query.PriceView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * Odds over REST: publishers write prices, anyone reads an event's current book (404 for an event
 * with no prices).
 */
@Path("odds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OddsResource {

  @Inject OddsIntake intake;
  @Inject OddsQueries odds;

  /** Records one price; {@code changed} is false (and nothing is published) for a repeat. */
  @POST
  @Path("prices")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public Response record(PriceWrite write) {
    if (write == null) {
      throw new InvalidInput("body", "is required");
    }
    boolean changed = intake.record(write.toQuote(Instant.now()));
    return Response.ok("{\"changed\":" + changed + "}").build();
  }

  @GET
  @Path("events/{eventId}/prices")
  @PermitAll
  public List<PriceView> prices(@PathParam("eventId") String eventId) {
    return odds.pricesOfEvent(eventId).orElseThrow(() -> new NotFoundException(eventId));
  }
}

package com.sportshub.web.racing;

import com.sportshub.racing.boundary.PriceStyle;
import com.sportshub.racing.boundary.RaceFeed;
import com.sportshub.racing.query.PlaceTermsView;
import com.sportshub.racing.query.PoolView;
import com.sportshub.racing.query.RaceCard;
import com.sportshub.racing.query.RaceJson;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.RacingQueries;
import com.sportshub.racing.query.ResultView;
import com.sportshub.racing.query.RunnerView;
import com.sportshub.web.Fields;
import com.sportshub.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Races over REST. Anyone reads a race card (prices in the format asked for), its result and a
 * runner's price history; publishers declare runners, price them, send tote pools, move the race
 * through its lifecycle, withdraw runners and declare (or amend) the result.
 */
@Path("racing/races/{raceId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RacesResource {

  private static final String REST = "rest";

  @Inject RaceFeed feed;
  @Inject RacingQueries racing;
  @Context SecurityContext security;

  @GET
  @PermitAll
  public JsonObject card(@PathParam("raceId") String raceId, @QueryParam("format") String format) {
    PriceStyle style = PriceStyle.of(format);
    RaceCard card = racing.raceCard(raceId).orElseThrow(() -> new NotFoundException(raceId));
    return RaceJson.card(card, style);
  }

  /** The current result (null until declared), with the race's status. */
  @GET
  @Path("result")
  @PermitAll
  public JsonObject result(@PathParam("raceId") String raceId) {
    RaceCard card = racing.raceCard(raceId).orElseThrow(() -> new NotFoundException(raceId));
    return RaceJson.result(card);
  }

  @GET
  @Path("runners/{cloth}/prices")
  @PermitAll
  public JsonArray priceHistory(
      @PathParam("raceId") String raceId,
      @PathParam("cloth") int cloth,
      @QueryParam("format") String format) {
    PriceStyle style = PriceStyle.of(format);
    return RaceJson.history(
        racing
            .priceHistory(raceId, cloth)
            .orElseThrow(() -> new NotFoundException(raceId + "/" + cloth)),
        style);
  }

  @POST
  @Path("runners")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public Response declare(@PathParam("raceId") String raceId, JsonValue body) {
    List<RunnerView> runners = feed.declare(raceId, RacingRequests.runners(body));
    return Response.status(Response.Status.CREATED).entity(runners).build();
  }

  /** Prices in any notation ({@code format} for all, or per price); returns those that moved. */
  @POST
  @Path("prices")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public List<RunnerView> price(
      @PathParam("raceId") String raceId, @QueryParam("format") String format, JsonValue body) {
    return feed.price(raceId, RacingRequests.quotes(body, format), REST);
  }

  @PUT
  @Path("pools/{pool}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public List<PoolView> pool(
      @PathParam("raceId") String raceId, @PathParam("pool") String pool, JsonValue body) {
    return feed.pool(raceId, RacingRequests.pool(pool, body));
  }

  /** Fixes the places the race pays ({@code {"placesPaid":4}}), or with null frees them again. */
  @PUT
  @Path("places")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public PlaceTermsView fixPlaces(@PathParam("raceId") String raceId, JsonValue body) {
    return feed.fixPlaces(
        raceId, Fields.of(body).integer("placesPaid"), security.getUserPrincipal().getName());
  }

  @POST
  @Path("status")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public RaceSummary move(@PathParam("raceId") String raceId, JsonValue body) {
    return feed.move(raceId, RacingRequests.status(body), REST);
  }

  @POST
  @Path("runners/{cloth}/withdrawal")
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public RunnerView withdraw(@PathParam("raceId") String raceId, @PathParam("cloth") int cloth) {
    return feed.withdraw(raceId, cloth);
  }

  /** Declares the result, or amends it, until it is weighed in. */
  @POST
  @Path("result")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public ResultView declareResult(@PathParam("raceId") String raceId, JsonValue body) {
    return feed.declareResult(raceId, RacingRequests.placings(body));
  }
}

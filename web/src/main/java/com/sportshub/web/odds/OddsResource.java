package com.sportshub.web.odds;

import com.sportshub.odds.boundary.IntakeResult;
import com.sportshub.odds.boundary.OddsFeed;
import com.sportshub.odds.boundary.PriceDisplay;
import com.sportshub.odds.query.EventBook;
import com.sportshub.odds.query.HistoryEntry;
import com.sportshub.odds.query.OddsJson;
import com.sportshub.odds.query.OddsQueries;
import com.sportshub.odds.query.SportView;
import com.sportshub.web.problems.InvalidInput;
import com.sportshub.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Odds over REST: publishers push feed messages in The Odds API v4 shape; anyone reads sports, live
 * events, an event's book with consensus (in the price format asked for) and its history. This is
 * also the fallback for clients without a WebSocket.
 */
@Path("odds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OddsResource {

  private static final Duration MAX_HISTORY = Duration.ofDays(31);

  @Inject OddsFeed feed;
  @Inject OddsQueries odds;

  /** Applies the events (all or none); repeats change and publish nothing. */
  @POST
  @Path("feed")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PUBLISHER, Roles.ADMIN})
  public IntakeResult push(JsonValue body, @QueryParam("oddsFormat") String oddsFormat) {
    if (body == null) {
      throw new InvalidInput("body", "is required");
    }
    return feed.ingest(body, oddsFormat, "push");
  }

  @GET
  @Path("sports")
  @PermitAll
  public List<SportView> sports() {
    return odds.sports();
  }

  @GET
  @Path("live")
  @PermitAll
  public List<JsonObject> live(
      @QueryParam("sport") String sport, @QueryParam("format") String format) {
    PriceDisplay display = PriceDisplay.of(format);
    return odds.live(sport).stream().map(book -> OddsJson.event(book, display)).toList();
  }

  @GET
  @Path("events/{eventId}")
  @PermitAll
  public JsonObject event(
      @PathParam("eventId") String eventId, @QueryParam("format") String format) {
    PriceDisplay display = PriceDisplay.of(format);
    EventBook book = odds.event(eventId).orElseThrow(() -> new NotFoundException(eventId));
    return OddsJson.event(book, display);
  }

  /** The changes recorded in [from, to); by default the last 24 hours; at most 31 days. */
  @GET
  @Path("events/{eventId}/history")
  @PermitAll
  public List<HistoryEntry> history(
      @PathParam("eventId") String eventId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Instant end = to == null ? Instant.now() : instant("to", to);
    Instant start = from == null ? end.minus(Duration.ofDays(1)) : instant("from", from);
    if (!start.isBefore(end)) {
      throw new InvalidInput("from", "must be before to");
    }
    if (Duration.between(start, end).compareTo(MAX_HISTORY) > 0) {
      throw new InvalidInput("from", "must be at most 31 days before to");
    }
    return odds.history(eventId, start, end).orElseThrow(() -> new NotFoundException(eventId));
  }

  private static Instant instant(String field, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "must be an ISO-8601 instant such as 2026-11-22T15:00:00Z");
    }
  }
}

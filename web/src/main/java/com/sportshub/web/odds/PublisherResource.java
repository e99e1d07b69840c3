package com.sportshub.web.odds;

import com.sportshub.odds.boundary.OddsPublisher;
import com.sportshub.odds.boundary.PublisherStatus;
import com.sportshub.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/odds/publisher}: start ({@code POST}), stop ({@code DELETE}) and watch ({@code GET})
 * the odds feed the hub runs itself (seed 000's publisher). Admins only: it changes what every
 * client sees.
 */
@Path("odds/publisher")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PublisherResource {

  @Inject OddsPublisher publisher;

  @POST
  public PublisherStatus start() {
    return publisher.start();
  }

  @DELETE
  public PublisherStatus stop() {
    return publisher.stop();
  }

  @GET
  public PublisherStatus status() {
    return publisher.status();
  }
}

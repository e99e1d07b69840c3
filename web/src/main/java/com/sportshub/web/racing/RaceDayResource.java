package com.sportshub.web.racing;

import com.sportshub.racing.boundary.RaceDaySimulator;
import com.sportshub.racing.boundary.SimulatorStatus;
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
 * {@code /api/racing/simulator}: start ({@code POST}), stop ({@code DELETE}) and watch ({@code
 * GET}) the race-day simulator. Admins only: it writes races every client sees.
 */
@Path("racing/simulator")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RaceDayResource {

  @Inject RaceDaySimulator simulator;

  @POST
  public SimulatorStatus start() {
    return simulator.start();
  }

  @DELETE
  public SimulatorStatus stop() {
    return simulator.stop();
  }

  @GET
  public SimulatorStatus status() {
    return simulator.status();
  }
}

package com.sportshub.web.matches;

import com.sportshub.matches.boundary.MatchSimulation;
import com.sportshub.matches.boundary.SimulatorStatus;
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
 * {@code /api/matches/simulator}: start ({@code POST}), stop ({@code DELETE}) and watch ({@code
 * GET}) the match simulator. Admins only: it changes what every client sees.
 */
@Path("matches/simulator")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SimulatorResource {

  @Inject MatchSimulation simulation;

  @POST
  public SimulatorStatus start() {
    return simulation.start();
  }

  @DELETE
  public SimulatorStatus stop() {
    return simulation.stop();
  }

  @GET
  public SimulatorStatus status() {
    return simulation.status();
  }
}

package com.sportshub.web;

import com.sportshub.racing.entity.RaceTransitionRefused;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A move the race lifecycle does not allow: 409, with {@code from}, {@code to} and the states
 * {@code allowed} from where the race is.
 */
@Provider
public class RaceTransitionRefusedMapper implements ExceptionMapper<RaceTransitionRefused> {

  @Override
  public Response toResponse(RaceTransitionRefused refused) {
    JsonArrayBuilder allowed = Json.createArrayBuilder();
    refused.allowed().forEach(state -> allowed.add(state.name()));
    return Problems.withMembers(
        409,
        "Illegal transition",
        refused.getMessage(),
        Json.createObjectBuilder()
            .add("from", refused.from().name())
            .add("to", refused.to().name())
            .add("allowed", allowed)
            .build());
  }
}

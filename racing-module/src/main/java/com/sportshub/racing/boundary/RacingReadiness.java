package com.sportshub.racing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the database answers; the schema is migrated before this bean can be asked. */
@Readiness
@ApplicationScoped
public class RacingReadiness implements HealthCheck {

  @Inject RacingSchema schema;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("racing")
        .status(schema.databaseAnswers())
        .withData("schemaVersion", schema.version())
        .build();
  }
}

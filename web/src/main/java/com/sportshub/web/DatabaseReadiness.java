package com.sportshub.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the database answers. One check for the node: the three contexts share the pool, and
 * each migrates its schema before the application takes requests.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "jdbc/sportshub")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      return HealthCheckResponse.named("database")
          .status(connection.isValid(2))
          .withData(
              "product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
          .build();
    } catch (SQLException e) {
      return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
    }
  }
}

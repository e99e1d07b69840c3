package com.sportshub.web.problems;

import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure to reach the database from any other failure, by its causes: the pool could not
 * give a connection (Payara's {@link ResourceAllocationException}: PostgreSQL down, refusing
 * connections, the database gone), or a connection broke in use (SQLState class 08, or PostgreSQL
 * shutting down or starting: 57P01-57P03). It arrives wrapped by EclipseLink and the EJB container,
 * so every cause is looked at.
 */
final class ConnectionFailure {

  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
  private static final int MAX_CAUSES = 32;

  private ConnectionFailure() {}

  static boolean in(Throwable error) {
    Throwable cause = error;
    for (int i = 0; cause != null && i < MAX_CAUSES; i++, cause = cause.getCause()) {
      if (cause instanceof ResourceAllocationException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof SQLRecoverableException
          || cause instanceof SQLException sql && lost(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The first line of the innermost cause's message: why the database could not be reached. */
  static String reason(Throwable error) {
    Throwable innermost = error;
    for (int i = 0; innermost.getCause() != null && i < MAX_CAUSES; i++) {
      innermost = innermost.getCause();
    }
    String message = String.valueOf(innermost.getMessage());
    return message.lines().findFirst().orElse(message);
  }

  private static boolean lost(String state) {
    return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
  }
}

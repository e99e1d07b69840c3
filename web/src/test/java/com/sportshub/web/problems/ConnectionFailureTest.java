package com.sportshub.web.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConnectionFailureTest {

  /** As a write sees it: the EJB container's wrapper around EclipseLink's around the driver's. */
  private static Exception wrapped(Exception cause) {
    return new EJBException(new PersistenceException("Exception [EclipseLink-4002]", cause));
  }

  @Test
  void aPoolThatCannotGiveAConnectionIsAFailureToReachTheDatabase() {
    SQLException allocating = new SQLException("Error in allocating a connection");
    allocating.initCause(new ResourceAllocationException("database is not accepting connections"));

    assertTrue(ConnectionFailure.in(wrapped(allocating)));
  }

  @Test
  void aConnectionBrokenInUseIsAFailureToReachTheDatabase() {
    assertTrue(ConnectionFailure.in(wrapped(new SQLException("I/O error", "08006"))));
    assertTrue(ConnectionFailure.in(wrapped(new SQLException("admin shutdown", "57P01"))));
  }

  @Test
  void aStatementTheDatabaseRefusesIsNot() {
    assertFalse(ConnectionFailure.in(wrapped(new SQLException("numeric overflow", "22003"))));
    assertFalse(ConnectionFailure.in(new IllegalStateException("anything else")));
    assertFalse(ConnectionFailure.in(null));
  }

  @Test
  void theReasonIsTheFirstLineOfTheInnermostCause() {
    Exception error =
        wrapped(new SQLException("FATAL: database \"hub\" is away\n  Detail: more", "08001"));

    assertEquals("FATAL: database \"hub\" is away", ConnectionFailure.reason(error));
  }
}

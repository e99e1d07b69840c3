package com.sportshub.matches.entity;

import jakarta.ejb.ApplicationException;

/** A command or write names a match (or an event of it) that does not exist. */
@ApplicationException(rollback = true)
public class MatchNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MatchNotFound(String what) {
    super(what + " not found");
  }
}

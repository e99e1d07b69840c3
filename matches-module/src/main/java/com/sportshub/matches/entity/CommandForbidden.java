package com.sportshub.matches.entity;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not control this match: it is neither an admin nor a referee assigned to it.
 * Nothing was changed.
 */
@ApplicationException(rollback = true)
public class CommandForbidden extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CommandForbidden(String message) {
    super(message);
  }
}

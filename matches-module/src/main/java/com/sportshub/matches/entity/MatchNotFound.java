package com.sportshub.matches.entity;

import com.sportshub.kernel.Refusal;
import jakarta.ejb.ApplicationException;

/** A command or write names a match (or an event of it) that does not exist. */
@ApplicationException(rollback = true)
public class MatchNotFound extends Refusal {

  private static final long serialVersionUID = 1L;

  public MatchNotFound(String what) {
    super(Kind.NOT_FOUND, "Not Found", null, what + " not found");
  }
}

package com.sportshub.racing.entity;

import com.sportshub.kernel.Refusal;
import jakarta.ejb.ApplicationException;

/**
 * A write that the state of the race (or meeting) does not allow now: prices after the off, a
 * result amended after it was weighed in, an id already taken. {@code title} names the kind for the
 * 409 answer. Nothing changed.
 */
@ApplicationException(rollback = true)
public class RacingConflict extends Refusal {

  private static final long serialVersionUID = 1L;

  public RacingConflict(String title, String detail) {
    super(Kind.CONFLICT, title, null, detail);
  }
}

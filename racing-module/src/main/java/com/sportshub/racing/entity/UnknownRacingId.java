package com.sportshub.racing.entity;

import com.sportshub.kernel.Refusal;
import jakarta.ejb.ApplicationException;

/** A meeting, race or runner the hub does not know; {@code kind} says which. Nothing changed. */
@ApplicationException(rollback = true)
public class UnknownRacingId extends Refusal {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  public UnknownRacingId(String kind, String id) {
    super(Kind.NOT_FOUND, "Not Found", null, "no " + kind + " " + id);
    this.kind = kind;
    this.id = id;
  }

  /** Which kind of thing is unknown: meeting, race or runner. */
  public String what() {
    return kind;
  }

  public String id() {
    return id;
  }
}

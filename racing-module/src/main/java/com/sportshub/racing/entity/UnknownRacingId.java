package com.sportshub.racing.entity;

import jakarta.ejb.ApplicationException;

/** A meeting, race or runner the hub does not know; {@code kind} says which. Nothing changed. */
@ApplicationException(rollback = true)
public class UnknownRacingId extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  public UnknownRacingId(String kind, String id) {
    super("no " + kind + " " + id);
    this.kind = kind;
    this.id = id;
  }

  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}

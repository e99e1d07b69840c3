package com.sportshub.matches.entity;

import jakarta.ejb.ApplicationException;

/**
 * Input the matches context refuses as a whole; {@code field} names the offending value ({@code
 * event.type}, {@code matches[3].score.ft}).
 */
@ApplicationException(rollback = true)
public class InvalidMatchInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidMatchInput(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
  }

  public String field() {
    return field;
  }
}

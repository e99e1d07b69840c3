package com.sportshub.matches.entity;

import com.sportshub.kernel.Refusal;
import jakarta.ejb.ApplicationException;

/**
 * Input the matches context refuses as a whole; {@code field} names the offending value ({@code
 * event.type}, {@code matches[3].score.ft}).
 */
@ApplicationException(rollback = true)
public class InvalidMatchInput extends Refusal {

  private static final long serialVersionUID = 1L;

  public InvalidMatchInput(String field, String problem) {
    super(field, problem);
  }
}

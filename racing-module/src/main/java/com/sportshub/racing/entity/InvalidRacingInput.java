package com.sportshub.racing.entity;

import com.sportshub.kernel.Refusal;
import jakarta.ejb.ApplicationException;

/**
 * A write the racing context refuses as a whole: {@code field} is the path of the offending value
 * in the request ({@code prices[2].price}). Nothing changed.
 */
@ApplicationException(rollback = true)
public class InvalidRacingInput extends Refusal {

  private static final long serialVersionUID = 1L;

  public InvalidRacingInput(String field, String problem) {
    super(field, problem);
  }
}

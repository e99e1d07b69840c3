package com.sportshub.web.problems;

import com.sportshub.kernel.Refusal;

/** A request body that names a field wrongly; answered with 400 and a problem naming the field. */
public class InvalidInput extends Refusal {

  private static final long serialVersionUID = 1L;

  public InvalidInput(String field, String problem) {
    super(field, problem);
  }
}

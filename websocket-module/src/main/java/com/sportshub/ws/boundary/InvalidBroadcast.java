package com.sportshub.ws.boundary;

/** A broadcast request with a wrong field; REST answers it with 400 naming the field. */
public class InvalidBroadcast extends RuntimeException {

  private final String field;
  private final String problem;

  public InvalidBroadcast(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
    this.problem = problem;
  }

  public String problem() {
    return problem;
  }

  public String field() {
    return field;
  }
}

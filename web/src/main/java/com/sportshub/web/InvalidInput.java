package com.sportshub.web;

/** A request body that names a field wrongly; answered with 400 and a problem naming the field. */
public class InvalidInput extends RuntimeException {

  private final String field;

  public InvalidInput(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
  }

  public String field() {
    return field;
  }
}

package com.sportshub.matches.commands;

/** A command message that cannot be read: {@code field} holds a value of the wrong type. */
public class InvalidCommand extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidCommand(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
  }

  public String field() {
    return field;
  }
}

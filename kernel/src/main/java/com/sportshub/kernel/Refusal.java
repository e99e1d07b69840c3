package com.sportshub.kernel;

import java.util.Map;

/**
 * A request refused as a whole, nothing changed: what kind of refusal it is, a short title, the
 * path of the offending value when one is to blame ({@code [0].bookmakers[1].price}) and any
 * further facts a client needs (the states a race could move to). Each context names its refusals
 * as subclasses (and marks them as application exceptions, so that they roll back); the web answers
 * all of them with one mapper, as problem details.
 */
public abstract class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal: the web answers 400, 404 and 409. */
  public enum Kind {
    INVALID,
    NOT_FOUND,
    CONFLICT
  }

  private final Kind kind;
  private final String title;
  private final String field;

  /**
   * @param field the path of the offending value, or null when no single value is to blame
   * @param detail the message: what was refused and why
   */
  protected Refusal(Kind kind, String title, String field, String detail) {
    super(detail);
    this.kind = kind;
    this.title = title;
    this.field = field;
  }

  /** Refuses a value: "Invalid input" naming the field, the message being the field and problem. */
  protected Refusal(String field, String problem) {
    this(Kind.INVALID, "Invalid input", field, field + " " + problem);
  }

  public Kind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  /** The path of the offending value; null when the refusal names none. */
  public String field() {
    return field;
  }

  /**
   * Further members of the answer, in order, their values strings or lists of strings; none unless
   * a subclass says otherwise.
   */
  public Map<String, Object> members() {
    return Map.of();
  }
}

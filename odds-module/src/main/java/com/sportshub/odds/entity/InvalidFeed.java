package com.sportshub.odds.entity;

import com.sportshub.kernel.Refusal;
import jakarta.ejb.ApplicationException;

/**
 * A feed message the hub refuses as a whole: {@code field} is the path of the offending value in
 * the message ({@code [0].bookmakers[1].markets[0].outcomes[2].price}).
 */
@ApplicationException(rollback = true)
public class InvalidFeed extends Refusal {

  private static final long serialVersionUID = 1L;

  public InvalidFeed(String field, String message) {
    super(field, message);
  }

  /** The problem without the field. */
  public String problem() {
    return getMessage().substring(field().length() + 1);
  }
}

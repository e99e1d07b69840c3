package com.sportshub.odds.control.feed;

import java.io.IOException;

/**
 * An odds poll that got no HTTP answer: connection refused, reset, or no answer within the timeout.
 * The message never contains the API key; the cause is kept only when nothing in it does either.
 */
public class OddsApiException extends IOException {

  private static final long serialVersionUID = 1L;

  private final boolean timedOut;

  OddsApiException(String message, Throwable cause, boolean timedOut) {
    super(message, cause);
    this.timedOut = timedOut;
  }

  /** True when the server did not answer within the configured timeout. */
  public boolean timedOut() {
    return timedOut;
  }
}

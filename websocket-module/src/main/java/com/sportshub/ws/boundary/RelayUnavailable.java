package com.sportshub.ws.boundary;

/** Broadcasts cannot be relayed now (the cluster broker is away and its backlog full); retry. */
public class RelayUnavailable extends RuntimeException {

  public RelayUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}

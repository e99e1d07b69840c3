package com.sportshub.ws.endpoint;

/**
 * A token that grants nothing: its message says why, its protocol error code says it to a socket.
 */
public class TokenRejected extends Exception {

  private final ErrorCode code;

  TokenRejected(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  ErrorCode code() {
    return code;
  }
}

package com.sportshub.ws.endpoint;

/** A token that grants nothing, with the protocol error code that says why. */
class TokenRejected extends Exception {

  private final ErrorCode code;

  TokenRejected(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  ErrorCode code() {
    return code;
  }
}

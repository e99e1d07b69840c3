package com.sportshub.ws.endpoint;

import jakarta.websocket.CloseReason.CloseCode;

/** Close codes of the hub's own (4000-4999 are free for applications); see docs/protocol.md. */
enum CloseCodes implements CloseCode {
  /** The client read too slowly and its send queue filled up; it should reconnect with since. */
  SLOW_CONSUMER(4008);

  private final int code;

  CloseCodes(int code) {
    this.code = code;
  }

  @Override
  public int getCode() {
    return code;
  }
}

package com.sportshub.ws.endpoint;

import jakarta.websocket.CloseReason.CloseCode;

/** Close codes of the hub's own (4000-4999 are free for applications); see docs/protocol.md. */
enum CloseCodes implements CloseCode {
  /** Nothing came from the client (not even a pong) for two heartbeats. */
  HEARTBEAT_TIMEOUT(4002),
  /** The client read too slowly and its send queue filled up; it should reconnect with since. */
  SLOW_CONSUMER(4008),
  /** The token's subject already has as many connections as it may. */
  TOO_MANY_CONNECTIONS(4009),
  /** The client kept sending faster than its message rate after being told. */
  FLOODING(4029);

  private final int code;

  CloseCodes(int code) {
    this.code = code;
  }

  @Override
  public int getCode() {
    return code;
  }
}

package com.sportshub.ws.endpoint;

/** The {@code code} of an {@code error} message; docs/protocol.md says when each is sent. */
enum ErrorCode {
  BAD_REQUEST,
  UNKNOWN_TYPE,
  INVALID_CHANNEL,
  NOT_FOUND,
  UNAUTHORIZED,
  FORBIDDEN,
  CONFLICT,
  TOKEN_EXPIRED,
  RATE_LIMITED,
  TOO_MANY_SUBSCRIPTIONS,
  TOO_MANY_CONNECTIONS,
  INTERNAL
}

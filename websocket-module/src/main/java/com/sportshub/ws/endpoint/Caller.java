package com.sportshub.ws.endpoint;

import java.time.Instant;
import java.util.Set;

/**
 * Who is on the other end of a connection: anonymous until a valid token says otherwise.
 *
 * @param subject the token's {@code upn} (or {@code sub}); null when anonymous
 */
public record Caller(String subject, Set<String> roles, Instant expiresAt) {

  static final Caller ANONYMOUS = new Caller(null, Set.of(), Instant.MAX);

  boolean anonymous() {
    return subject == null;
  }

  boolean expiredAt(Instant now) {
    return !anonymous() && !now.isBefore(expiresAt);
  }
}

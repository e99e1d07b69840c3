package com.sportshub.ws.boundary;

import com.sportshub.ws.endpoint.BearerTokens;
import com.sportshub.ws.endpoint.Caller;
import com.sportshub.ws.endpoint.TokenRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The token check for callers outside the delivery layer (the REST API): the socket's own verifier
 * ({@link BearerTokens}), so that a token is taken or refused alike on both paths.
 */
@ApplicationScoped
public class Bearers {

  /** Whom a verified token names, with its roles (its {@code groups}). */
  public record Bearer(String name, Set<String> roles) {}

  /** A token that grants nothing; the message says why. */
  public static class Refused extends Exception {
    Refused(String why) {
      super(why);
    }
  }

  @Inject BearerTokens tokens;

  /**
   * @throws Refused when the token grants nothing (also when this node has no key)
   */
  public Bearer verify(String token) throws Refused {
    try {
      Caller caller = tokens.verify(token);
      return new Bearer(caller.subject(), caller.roles());
    } catch (TokenRejected rejected) {
      throw new Refused(rejected.getMessage());
    }
  }
}

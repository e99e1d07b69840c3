package com.sportshub.ws.endpoint;

import com.sportshub.ws.tokens.VerifiedTokens;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The hub's one check of a bearer token, for the REST API as for the socket: the REST API calls it
 * for every request that carries {@code Authorization: Bearer}, the socket through {@link
 * Authentication}. One verifier, so that a token is taken or refused alike on both paths.
 *
 * <p>A writer posts many requests with one token, so what was verified is remembered (by the
 * token's text) until its expiry or {@code hub.auth.verified-token-seconds} (60) pass, whichever is
 * first; a remembered token is as good as verified, since its whole text, signature included, is
 * what was checked. Not when {@code mp.jwt.verify.token.age} is set: then every request is checked,
 * because the remembered answer does not know the token's age.
 */
@ApplicationScoped
public class BearerTokens {

  private static final int CAPACITY = 10_000;

  @Inject TokenKeys keys;

  private VerifiedTokens<Caller> verified;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(BearerTokens.class.getClassLoader());
    int seconds =
        config.getOptionalValue("mp.jwt.verify.token.age", Long.class).isPresent()
            ? 0
            : config.getOptionalValue("hub.auth.verified-token-seconds", Integer.class).orElse(60);
    verified =
        new VerifiedTokens<>(Duration.ofSeconds(seconds), CAPACITY, System::currentTimeMillis);
  }

  /**
   * The caller the token names.
   *
   * @throws TokenRejected saying why the token grants nothing (also when this node has no key)
   */
  public Caller verify(String token) throws TokenRejected {
    var known = verified.find(token);
    if (known.isPresent() && Instant.now().isBefore(known.get().expiresAt())) {
      return known.get();
    }
    TokenVerifier verifier =
        keys.verifier()
            .orElseThrow(
                () -> new TokenRejected(ErrorCode.UNAUTHORIZED, "this node accepts no tokens"));
    Caller caller = verifier.verify(token);
    verified.remember(token, caller, caller.expiresAt());
    return caller;
  }
}

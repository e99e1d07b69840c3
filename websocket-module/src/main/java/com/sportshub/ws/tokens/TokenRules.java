package com.sportshub.ws.tokens;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * What a token must say besides its signature, from the MicroProfile JWT settings: {@code
 * mp.jwt.verify.issuer}, {@code mp.jwt.verify.audiences} (comma separated; a token must name one of
 * them in {@code aud}, a string or an array, when set), {@code mp.jwt.verify.publickey.algorithm}
 * ({@code RS256} or {@code ES256}; when set, the only {@code alg} taken) and the times of {@link
 * TokenTimes}.
 *
 * @param audiences empty when not configured: any {@code aud}, or none, is taken
 * @param algorithm empty when not configured: {@code RS256} and {@code ES256} are taken, each with
 *     a key of its kind, as Payara takes them
 */
public record TokenRules(
    String issuer, Set<String> audiences, Optional<String> algorithm, TokenTimes times) {

  public TokenRules {
    audiences = Set.copyOf(audiences);
  }

  /** The rules configured, or empty when no issuer is (then no token is taken). */
  public static Optional<TokenRules> of(Config config) {
    return config
        .getOptionalValue("mp.jwt.verify.issuer", String.class)
        .map(
            issuer ->
                new TokenRules(
                    issuer,
                    config
                        .getOptionalValue("mp.jwt.verify.audiences", String.class)
                        .map(TokenRules::list)
                        .orElse(Set.of()),
                    config
                        .getOptionalValue("mp.jwt.verify.publickey.algorithm", String.class)
                        .map(String::strip),
                    TokenTimes.of(config)));
  }

  private static Set<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }
}

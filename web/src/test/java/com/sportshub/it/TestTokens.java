package com.sportshub.it;

import com.sportshub.devtools.DevTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Development tokens for the tests, signed with the key in server-config/dev-keys. */
public final class TestTokens {

  private static final DevTokens TOKENS = load();

  private TestTokens() {}

  private static DevTokens load() {
    try {
      return DevTokens.fromPem(
          TestSettings.serverConfig().resolve("dev-keys/jwt-private.pem"), DevTokens.DEV_ISSUER);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the development key", e);
    }
  }

  public static String publicKeyUrl() {
    return TestSettings.serverConfig().resolve("dev-keys/jwt-public.pem").toUri().toString();
  }

  public static String forRoles(String subject, String... roles) {
    return TOKENS.mint(subject, List.of(roles), Duration.ofMinutes(10));
  }

  public static String minted(String subject, Instant issuedAt, Instant expiresAt) {
    return TOKENS.mint(subject, List.of(), issuedAt, expiresAt);
  }

  /** A token that expires {@code life} from now, to the second (a token's times are seconds). */
  public static String expiringIn(Duration life, String subject, String... roles) {
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    return TOKENS.mint(subject, List.of(roles), now, now.plus(life));
  }

  /** A token of exactly these claims, signed with the development key. */
  public static String signClaims(String claimsJson) {
    return TOKENS.signClaims(claimsJson);
  }

  /** A token of exactly this header and these claims, signed with the development key. */
  public static String signClaims(String headerJson, String claimsJson) {
    return TOKENS.signClaims(headerJson, claimsJson);
  }

  public static String expired(String subject, String... roles) {
    Instant now = Instant.now();
    return TOKENS.mint(
        subject, List.of(roles), now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
  }
}

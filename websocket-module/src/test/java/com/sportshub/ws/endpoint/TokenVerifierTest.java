package com.sportshub.ws.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.devtools.DevTokens;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

  private static final String ISSUER = "https://issuer.test";
  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private static final KeyPair KEYS = newKeyPair();
  private static final KeyPair OTHER_KEYS = newKeyPair();

  private final TokenVerifier verifier =
      new TokenVerifier(KEYS.getPublic(), ISSUER, Clock.fixed(NOW, ZoneOffset.UTC));

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(KeyPair keys, String issuer, Instant expiresAt) {
    return new DevTokens(keys.getPrivate(), issuer)
        .mint("alice", List.of("publisher", "admin"), NOW.minusSeconds(60), expiresAt);
  }

  @Test
  void acceptsATokenSignedWithTheKeyAndReadsSubjectRolesAndExpiry() throws Exception {
    Instant expiry = NOW.plus(Duration.ofHours(1));

    Caller caller = verifier.verify(token(KEYS, ISSUER, expiry));

    assertEquals("alice", caller.subject());
    assertEquals(Set.of("publisher", "admin"), caller.roles());
    assertEquals(expiry, caller.expiresAt());
  }

  @Test
  void refusesATokenSignedWithAnotherKey() {
    TokenRejected rejected =
        assertThrows(
            TokenRejected.class,
            () -> verifier.verify(token(OTHER_KEYS, ISSUER, NOW.plusSeconds(3600))));
    assertEquals(ErrorCode.UNAUTHORIZED, rejected.code());
  }

  @Test
  void refusesAnExpiredTokenAsExpired() {
    TokenRejected rejected =
        assertThrows(
            TokenRejected.class, () -> verifier.verify(token(KEYS, ISSUER, NOW.minusSeconds(120))));
    assertEquals(ErrorCode.TOKEN_EXPIRED, rejected.code());
  }

  @Test
  void refusesATokenOfAnotherIssuer() {
    TokenRejected rejected =
        assertThrows(
            TokenRejected.class,
            () -> verifier.verify(token(KEYS, "https://elsewhere", NOW.plusSeconds(3600))));
    assertEquals(ErrorCode.UNAUTHORIZED, rejected.code());
  }

  @Test
  void refusesAnUnsignedTokenThatClaimsAlgorithmNone() {
    String good = token(KEYS, ISSUER, NOW.plusSeconds(3600));
    String none =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    String forged = none + good.substring(good.indexOf('.'), good.lastIndexOf('.') + 1);

    assertThrows(TokenRejected.class, () -> verifier.verify(forged));
  }

  @Test
  void refusesSomethingThatIsNotAJwt() {
    assertThrows(TokenRejected.class, () -> verifier.verify("hello"));
    assertThrows(TokenRejected.class, () -> verifier.verify("a.b.c"));
    assertThrows(TokenRejected.class, () -> verifier.verify(null));
  }
}

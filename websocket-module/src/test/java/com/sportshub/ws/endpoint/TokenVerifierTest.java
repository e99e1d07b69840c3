package com.sportshub.ws.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sportshub.devtools.DevTokens;
import com.sportshub.ws.tokens.TokenKeySet;
import com.sportshub.ws.tokens.TokenRules;
import com.sportshub.ws.tokens.TokenTimes;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

  private static final String ISSUER = "https://issuer.test";
  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private static final KeyPair KEYS = newKeyPair();
  private static final KeyPair OTHER_KEYS = newKeyPair();

  private final TokenVerifier verifier = verifier(0);

  private static TokenVerifier verifier(long skewSeconds) {
    return verifier(
        TokenKeySet.of(KEYS.getPublic()),
        new TokenRules(
            ISSUER, Set.of(), Optional.empty(), new TokenTimes(skewSeconds, OptionalLong.empty())));
  }

  private static TokenVerifier verifier(TokenKeySet keys, TokenRules rules) {
    return new TokenVerifier(keys, rules, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static TokenRules rules(Set<String> audiences, Optional<String> algorithm) {
    return new TokenRules(ISSUER, audiences, algorithm, new TokenTimes(0, OptionalLong.empty()));
  }

  /** Claims of a good token with {@code changes} (JSON members, "-name" to leave one out). */
  private static String withClaims(String... changes) {
    return new DevTokens(KEYS.getPrivate(), ISSUER).signClaims(claims(changes));
  }

  private static String claims(String... changes) {
    Map<String, String> claims = new LinkedHashMap<>();
    claims.put("iss", "\"" + ISSUER + "\"");
    claims.put("sub", "\"alice\"");
    claims.put("groups", "[\"publisher\"]");
    claims.put("iat", String.valueOf(NOW.getEpochSecond() - 60));
    claims.put("exp", String.valueOf(NOW.getEpochSecond() + 600));
    claims.put("jti", "\"j-1\"");
    return DevTokens.claimsJson(claims, changes);
  }

  private static String withKid(String kid, String... changes) {
    return new DevTokens(KEYS.getPrivate(), ISSUER)
        .signClaims("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}", claims(changes));
  }

  /** A key set of the other key (first, id "other") and the verifier's own (id "mine"). */
  private static TokenKeySet keySet() {
    JWKSet set =
        new JWKSet(
            List.of(
                new RSAKey.Builder((RSAPublicKey) OTHER_KEYS.getPublic()).keyID("other").build(),
                new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID("mine").build()));
    return TokenKeySet.parse(set.toString());
  }

  @Test
  void takesAKeyFromAKeySetByTheTokensKidAndTheFirstKeyWithoutOne() throws Exception {
    TokenVerifier verifier = verifier(keySet(), rules(Set.of(), Optional.empty()));

    assertEquals("alice", verifier.verify(withKid("mine")).subject());
    assertEquals(ErrorCode.UNAUTHORIZED, refusal(verifier, withKid("other")));
    assertEquals(ErrorCode.UNAUTHORIZED, refusal(verifier, withKid("unknown")));
    assertEquals(ErrorCode.UNAUTHORIZED, refusal(verifier, withClaims()), "the first key: other");
  }

  @Test
  void takesATokenForOneOfTheConfiguredAudiencesOnly() throws Exception {
    TokenVerifier verifier =
        verifier(TokenKeySet.of(KEYS.getPublic()), rules(Set.of("hub", "ws"), Optional.empty()));

    assertEquals("alice", verifier.verify(withClaims("aud=\"hub\"")).subject());
    assertEquals("alice", verifier.verify(withClaims("aud=[\"x\",\"ws\"]")).subject());
    assertEquals(ErrorCode.UNAUTHORIZED, refusal(verifier, withClaims("aud=\"elsewhere\"")));
    assertEquals(ErrorCode.UNAUTHORIZED, refusal(verifier, withClaims()));
    assertEquals("alice", this.verifier.verify(withClaims("aud=\"elsewhere\"")).subject());
  }

  @Test
  void takesAnEs256TokenWithAnEcKeyAndOnlyTheConfiguredAlgorithmWhenOneIs() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair ec = generator.generateKeyPair();
    SignedJWT es256 =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(),
            JWTClaimsSet.parse(claims()));
    es256.sign(new ECDSASigner((ECPrivateKey) ec.getPrivate()));
    String token = es256.serialize();
    TokenKeySet ecKey = TokenKeySet.of(ec.getPublic());

    assertEquals(
        "alice", verifier(ecKey, rules(Set.of(), Optional.empty())).verify(token).subject());
    assertEquals(
        "alice", verifier(ecKey, rules(Set.of(), Optional.of("ES256"))).verify(token).subject());
    assertEquals(
        ErrorCode.UNAUTHORIZED,
        refusal(verifier(ecKey, rules(Set.of(), Optional.of("RS256"))), token));
    assertEquals(ErrorCode.UNAUTHORIZED, refusal(verifier, token), "an RSA key");
  }

  private ErrorCode refusal(TokenVerifier verifier, String token) {
    return assertThrows(TokenRejected.class, () -> verifier.verify(token)).code();
  }

  @Test
  void refusesATokenWithoutAClaimMicroProfileJwtRequires() {
    for (String claim : List.of("iss", "sub", "exp", "iat", "jti")) {
      assertEquals(ErrorCode.UNAUTHORIZED, refusal(verifier, withClaims("-" + claim)), claim);
    }
  }

  @Test
  void refusesATokenOneSecondPastItsExpiryUnlessAClockSkewIsConfigured() throws Exception {
    String justExpired = withClaims("exp=" + (NOW.getEpochSecond() - 1));
    assertEquals(ErrorCode.TOKEN_EXPIRED, refusal(verifier, justExpired));
    assertEquals("alice", verifier(30).verify(justExpired).subject());
    assertEquals(
        ErrorCode.TOKEN_EXPIRED,
        refusal(verifier(30), withClaims("exp=" + (NOW.getEpochSecond() - 30))));
  }

  @Test
  void refusesATokenBeforeItsNotBeforeTime() throws Exception {
    assertEquals(
        ErrorCode.UNAUTHORIZED,
        refusal(verifier, withClaims("nbf=" + (NOW.getEpochSecond() + 60))));
    assertEquals("alice", verifier.verify(withClaims("nbf=" + NOW.getEpochSecond())).subject());
    assertEquals(ErrorCode.UNAUTHORIZED, refusal(verifier, withClaims("nbf=\"soon\"")));
  }

  @Test
  void readsAStringGroupsAsOneRole() throws Exception {
    assertEquals(Set.of("admin"), verifier.verify(withClaims("groups=\"admin\"")).roles());
    assertEquals(Set.of(), verifier.verify(withClaims("-groups")).roles());
  }

  @Test
  void namesTheCallerByUpnThenPreferredUsernameThenSub() throws Exception {
    assertEquals("bob", verifier.verify(withClaims("preferred_username=\"bob\"")).subject());
    assertEquals(
        "carol",
        verifier.verify(withClaims("preferred_username=\"bob\"", "upn=\"carol\"")).subject());
  }

  @Test
  void refusesATokenIssuedAfterItsExpiry() {
    assertEquals(
        ErrorCode.UNAUTHORIZED,
        refusal(verifier, withClaims("iat=" + (NOW.getEpochSecond() + 700))));
  }

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

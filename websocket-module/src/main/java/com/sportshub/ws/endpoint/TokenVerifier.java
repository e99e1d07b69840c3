package com.sportshub.ws.endpoint;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sportshub.ws.broker.JsonText;
import com.sportshub.ws.tokens.TokenKeySet;
import com.sportshub.ws.tokens.TokenRules;
import com.sportshub.ws.tokens.TokenTimes;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Checks a MicroProfile JWT by the rules the REST API's MP-JWT applies, so that a token is taken or
 * refused alike on both paths: a JWS ({@code RS256} or {@code ES256}, or the configured algorithm
 * only) signed by the configured key (from a JWK set, the one its {@code kid} names); {@code typ},
 * if there, {@code JWT}; the claims MP-JWT requires ({@code iss} naming the configured issuer,
 * {@code sub}, {@code exp}, {@code iat}, {@code jti}); {@code aud} naming a configured audience,
 * when audiences are configured; the times of {@link TokenTimes}; the caller's name from {@code
 * upn}, else {@code preferred_username}, else {@code sub}; roles from {@code groups}, an array of
 * strings or a single string. The WebSocket needs its own, because a token arrives inside a message
 * or a query parameter, where the container does not look.
 *
 * <p>Parsing and signatures are Nimbus JOSE+JWT's, as in Payara's MP-JWT; the claims are read with
 * JSON-P, so that a time that is not a whole number of seconds is refused, not rounded.
 */
final class TokenVerifier {

  private static final List<String> REQUIRED = List.of("iss", "sub", "exp", "iat", "jti");
  private static final Set<JWSAlgorithm> TAKEN = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

  private final TokenKeySet keys;
  private final TokenRules rules;
  private final Clock clock;

  TokenVerifier(TokenKeySet keys, TokenRules rules, Clock clock) {
    this.keys = keys;
    this.rules = rules;
    this.clock = clock;
  }

  Caller verify(String token) throws TokenRejected {
    SignedJWT jws = parse(token);
    JWSHeader header = jws.getHeader();
    JWSAlgorithm alg = header.getAlgorithm();
    if (!TAKEN.contains(alg)
        || rules.algorithm().filter(configured -> !configured.equals(alg.getName())).isPresent()) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "the token's algorithm is not taken");
    }
    if (header.getType() != null && !JOSEObjectType.JWT.equals(header.getType())) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "typ must be JWT");
    }
    if (!signatureHolds(jws, alg)) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "bad signature");
    }
    JsonObject claims = decode(jws.getPayload().toString());
    for (String claim : REQUIRED) {
      if (!claims.containsKey(claim) || claims.isNull(claim)) {
        throw new TokenRejected(ErrorCode.UNAUTHORIZED, "no " + claim);
      }
    }
    if (!rules.issuer().equals(claims.getString("iss", null))) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "wrong issuer");
    }
    if (!rules.audiences().isEmpty()
        && audience(claims).stream().noneMatch(rules.audiences()::contains)) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "not for this audience");
    }
    TokenTimes times = rules.times();
    long exp = seconds(claims, "exp").orElseThrow(() -> notATime("exp"));
    long iat = seconds(claims, "iat").orElseThrow(() -> notATime("iat"));
    OptionalLong nbf = seconds(claims, "nbf");
    if (claims.containsKey("nbf") && nbf.isEmpty()) {
      throw notATime("nbf");
    }
    Optional<TokenTimes.Refusal> refusal =
        times.check(clock.instant().getEpochSecond(), exp, iat, nbf);
    if (refusal.isPresent()) {
      throw new TokenRejected(
          refusal.get() == TokenTimes.Refusal.EXPIRED
              ? ErrorCode.TOKEN_EXPIRED
              : ErrorCode.UNAUTHORIZED,
          refusal.get().text());
    }
    String subject =
        claims.getString(
            "upn", claims.getString("preferred_username", claims.getString("sub", "")));
    if (subject.isBlank()) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "no subject");
    }
    return new Caller(subject, roles(claims), times.expiry(exp));
  }

  private static SignedJWT parse(String token) throws TokenRejected {
    try {
      if (token == null || token.split("\\.", -1).length != 3) {
        throw new ParseException("not three parts", 0);
      }
      return SignedJWT.parse(token);
    } catch (ParseException | RuntimeException e) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "not a JWT");
    }
  }

  /** Verifies with the key the token's {@code kid} chooses, which must be of the alg's kind. */
  private boolean signatureHolds(SignedJWT jws, JWSAlgorithm alg) {
    PublicKey key = keys.keyFor(jws.getHeader().getKeyID()).orElse(null);
    try {
      if (JWSAlgorithm.RS256.equals(alg) && key instanceof RSAPublicKey rsa) {
        return jws.verify(new RSASSAVerifier(rsa));
      }
      if (JWSAlgorithm.ES256.equals(alg) && key instanceof ECPublicKey ec) {
        return jws.verify(new ECDSAVerifier(ec));
      }
      return false;
    } catch (JOSEException | RuntimeException e) {
      return false;
    }
  }

  /** {@code aud}: one string or an array of them (RFC 7519, section 4.1.3). */
  private static Set<String> audience(JsonObject claims) {
    JsonValue aud = claims.get("aud");
    if (aud instanceof JsonString one) {
      return Set.of(one.getString());
    }
    return strings(aud);
  }

  private static OptionalLong seconds(JsonObject claims, String name) {
    return SafeIntegers.of(claims.get(name));
  }

  private static TokenRejected notATime(String claim) {
    return new TokenRejected(ErrorCode.UNAUTHORIZED, claim + " is not a time in seconds");
  }

  private static Set<String> roles(JsonObject claims) {
    JsonValue groups = claims.get("groups");
    if (groups instanceof JsonString one) {
      return Set.of(one.getString());
    }
    return strings(groups);
  }

  /** The strings of a JSON array; empty for anything else. */
  private static Set<String> strings(JsonValue array) {
    Set<String> found = new HashSet<>();
    if (array != null && array.getValueType() == JsonValue.ValueType.ARRAY) {
      array.asJsonArray().stream()
          .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
          .forEach(v -> found.add(((JsonString) v).getString()));
    }
    return Set.copyOf(found);
  }

  private static JsonObject decode(String json) throws TokenRejected {
    try {
      return JsonText.JSON.createReader(new StringReader(json)).readObject();
    } catch (RuntimeException e) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "not a JWT");
    }
  }
}

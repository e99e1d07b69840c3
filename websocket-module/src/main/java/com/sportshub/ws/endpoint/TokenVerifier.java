package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.JsonText;
import com.sportshub.ws.tokens.TokenTimes;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Checks a MicroProfile JWT (RS256) by the rules the REST API's MP-JWT applies, so that a token is
 * taken or refused alike on both paths: signature by the configured key; {@code typ}, if there,
 * {@code JWT}; the claims MP-JWT requires ({@code iss} naming the configured issuer, {@code sub},
 * {@code exp}, {@code iat}, {@code jti}); the times of {@link TokenTimes}; the caller's name from
 * {@code upn}, else {@code preferred_username}, else {@code sub}; roles from {@code groups}, an
 * array of strings or a single string. The WebSocket needs its own, because a token arrives inside
 * a message or a query parameter, where the container does not look.
 */
final class TokenVerifier {

  private static final List<String> REQUIRED = List.of("iss", "sub", "exp", "iat", "jti");

  private final PublicKey key;
  private final String issuer;
  private final TokenTimes times;
  private final Clock clock;

  TokenVerifier(PublicKey key, String issuer, TokenTimes times, Clock clock) {
    this.key = key;
    this.issuer = issuer;
    this.times = times;
    this.clock = clock;
  }

  Caller verify(String token) throws TokenRejected {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 3) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "not a JWT");
    }
    JsonObject header = decode(parts[0]);
    if (!"RS256".equals(header.getString("alg", null))) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "only RS256 tokens are accepted");
    }
    if (header.containsKey("typ") && !"JWT".equals(header.getString("typ", null))) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "typ must be JWT");
    }
    if (!signatureHolds(parts)) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "bad signature");
    }
    JsonObject claims = decode(parts[1]);
    for (String claim : REQUIRED) {
      if (!claims.containsKey(claim) || claims.isNull(claim)) {
        throw new TokenRejected(ErrorCode.UNAUTHORIZED, "no " + claim);
      }
    }
    if (!issuer.equals(claims.getString("iss", null))) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "wrong issuer");
    }
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

  private boolean signatureHolds(String[] parts) throws TokenRejected {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "bad signature");
    }
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
    Set<String> roles = new HashSet<>();
    if (groups != null && groups.getValueType() == JsonValue.ValueType.ARRAY) {
      groups.asJsonArray().stream()
          .filter(g -> g.getValueType() == JsonValue.ValueType.STRING)
          .forEach(g -> roles.add(((JsonString) g).getString()));
    }
    return Set.copyOf(roles);
  }

  private static JsonObject decode(String part) throws TokenRejected {
    try {
      String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
      return JsonText.JSON.createReader(new StringReader(json)).readObject();
    } catch (RuntimeException e) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "not a JWT");
    }
  }
}

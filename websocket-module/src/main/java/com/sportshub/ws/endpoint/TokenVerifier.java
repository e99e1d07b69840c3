package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks a MicroProfile JWT (RS256) the way the REST API's MP-JWT does: signature by the configured
 * key, issuer, expiry; roles from {@code groups}. The WebSocket needs its own, because a token
 * arrives inside a message or a query parameter, where the container does not look.
 */
final class TokenVerifier {

  private static final long CLOCK_SKEW_SECONDS = 30;

  private final PublicKey key;
  private final String issuer;
  private final Clock clock;

  TokenVerifier(PublicKey key, String issuer, Clock clock) {
    this.key = key;
    this.issuer = issuer;
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
    if (!signatureHolds(parts)) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "bad signature");
    }
    JsonObject claims = decode(parts[1]);
    if (!issuer.equals(claims.getString("iss", null))) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "wrong issuer");
    }
    Instant now = clock.instant();
    if (!claims.containsKey("exp")
        || claims.get("exp").getValueType() != JsonValue.ValueType.NUMBER) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "no expiry");
    }
    Instant expiresAt = Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue());
    if (!now.isBefore(expiresAt.plusSeconds(CLOCK_SKEW_SECONDS))) {
      throw new TokenRejected(ErrorCode.TOKEN_EXPIRED, "the token expired at " + expiresAt);
    }
    String subject = claims.getString("upn", claims.getString("sub", null));
    if (subject == null || subject.isBlank()) {
      throw new TokenRejected(ErrorCode.UNAUTHORIZED, "no subject");
    }
    return new Caller(subject, roles(claims), expiresAt);
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

  private static Set<String> roles(JsonObject claims) {
    Set<String> roles = new HashSet<>();
    JsonValue groups = claims.get("groups");
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

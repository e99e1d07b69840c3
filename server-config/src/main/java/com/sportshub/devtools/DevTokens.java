package com.sportshub.devtools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints RS256 MicroProfile JWTs signed with the development key in {@code server-config/dev-keys}.
 *
 * <p>For development and tests only: production tokens come from the operator's identity provider,
 * and production nodes must be configured with that provider's public key, never the development
 * one. Runs as a single-file program, so it needs only a JDK:
 *
 * <pre>
 * java server-config/src/main/java/com/sportshub/devtools/DevTokens.java --sub alice --groups publisher
 * </pre>
 */
public final class DevTokens {

  public static final String DEV_ISSUER = "https://sports-hub.dev";
  public static final Path DEV_PRIVATE_KEY = Path.of("server-config/dev-keys/jwt-private.pem");

  private final PrivateKey key;
  private final String issuer;

  public DevTokens(PrivateKey key, String issuer) {
    this.key = key;
    this.issuer = issuer;
  }

  /** Reads a PKCS#8 PEM private key, as written by {@code openssl genpkey}. */
  public static DevTokens fromPem(Path pem, String issuer) throws Exception {
    String base64 =
        Files.readString(pem)
            .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(base64);
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    return new DevTokens(key, issuer);
  }

  /**
   * A token for {@code subject} in {@code groups} (the MP-JWT roles) that expires after {@code
   * ttl}.
   */
  public String mint(String subject, List<String> groups, Duration ttl) {
    return mint(subject, groups, Instant.now(), Instant.now().plus(ttl));
  }

  /** A token with explicit times, so tests can mint expired or not-yet-valid tokens. */
  public String mint(String subject, List<String> groups, Instant issuedAt, Instant expiresAt) {
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims =
        "{\"iss\":%s,\"sub\":%s,\"upn\":%s,\"groups\":[%s],\"iat\":%d,\"exp\":%d,\"jti\":%s}"
            .formatted(
                quote(issuer),
                quote(subject),
                quote(subject),
                groups.stream().map(DevTokens::quote).collect(Collectors.joining(",")),
                issuedAt.getEpochSecond(),
                expiresAt.getEpochSecond(),
                quote(UUID.randomUUID().toString()));
    String signingInput = base64Url(header) + "." + base64Url(claims);
    return signingInput + "." + sign(signingInput);
  }

  /**
   * A JSON object of {@code members} (name to JSON text) after {@code changes}: {@code name=json}
   * sets a member, {@code -name} removes one. For tests that mint tokens verifiers must refuse.
   */
  public static String claimsJson(Map<String, String> members, String... changes) {
    Map<String, String> claims = new LinkedHashMap<>(members);
    for (String change : changes) {
      if (change.startsWith("-")) {
        claims.remove(change.substring(1));
      } else {
        String[] pair = change.split("=", 2);
        claims.put(pair[0], pair[1]);
      }
    }
    return claims.entrySet().stream()
        .map(member -> quote(member.getKey()) + ":" + member.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** A token of exactly these claims (a JSON object), for tests of what verifiers refuse. */
  public String signClaims(String claimsJson) {
    return signClaims("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", claimsJson);
  }

  /** A token of exactly this header and these claims, signed RS256 (a {@code kid}, say). */
  public String signClaims(String headerJson, String claimsJson) {
    String signingInput = base64Url(headerJson) + "." + base64Url(claimsJson);
    return signingInput + "." + sign(signingInput);
  }

  private String sign(String signingInput) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a development token", e);
    }
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  public static void main(String[] args) throws Exception {
    String subject = "dev";
    String groups = "publisher";
    long ttlSeconds = 3600;
    Path keyFile = DEV_PRIVATE_KEY;
    String issuer = DEV_ISSUER;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--sub" -> subject = args[i + 1];
        case "--groups" -> groups = args[i + 1];
        case "--ttl" -> ttlSeconds = Long.parseLong(args[i + 1]);
        case "--key" -> keyFile = Path.of(args[i + 1]);
        case "--issuer" -> issuer = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> groupList = List.of(groups.split(","));
    System.out.println(
        fromPem(keyFile, issuer).mint(subject, groupList, Duration.ofSeconds(ttlSeconds)));
  }
}

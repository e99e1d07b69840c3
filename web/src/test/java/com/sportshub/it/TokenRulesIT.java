package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.devtools.DevTokens;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tables of tokens, each shown to the REST API (MicroProfile JWT) and to the socket ({@code auth}):
 * both take or refuse it alike, and read the same roles from it. One node verifies with a PEM key
 * and no audience; another with a JSON Web Key Set and two audiences.
 */
@ExtendWith(HubNode.class)
class TokenRulesIT {

  private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";

  /** A token's header and claims and whether both paths must take it, and as a publisher. */
  private record Case(String name, String header, String claims, boolean taken, boolean publisher) {
    Case(String name, String claims, boolean taken, boolean publisher) {
      this(name, HEADER, claims, taken, publisher);
    }
  }

  @Test
  void restAndTheSocketTakeAndRefuseTheSameTokens(PayaraMicro hub) throws Exception {
    long now = Instant.now().getEpochSecond();
    List<Case> table =
        List.of(
            new Case("good", claims(now), true, true),
            new Case("expired a second ago", claims(now, "exp=" + (now - 1)), false, false),
            new Case("expired 20 s ago", claims(now, "exp=" + (now - 20)), false, false),
            new Case("without iat", claims(now, "-iat"), false, false),
            new Case("without jti", claims(now, "-jti"), false, false),
            new Case("without sub", claims(now, "-sub"), false, false),
            new Case("of another issuer", claims(now, "iss=\"https://other\""), false, false),
            new Case("valid in a minute (nbf)", claims(now, "nbf=" + (now + 60)), false, false),
            new Case("valid since a minute (nbf)", claims(now, "nbf=" + (now - 60)), true, true),
            new Case("groups as one string", claims(now, "groups=\"publisher\""), true, true),
            new Case("no groups", claims(now, "-groups"), true, false),
            new Case("for an audience (none configured)", claims(now, "aud=\"x\""), true, true),
            new Case("with a kid (one PEM key)", withKid("any"), claims(now), true, true));
    assertEquals(List.of(), disagreements(hub, table));
  }

  @Test
  void withAKeySetAndAudiencesBothPathsChooseTheKeyAndCheckTheAudienceAlike() throws Exception {
    Path jwks = Files.createTempFile(Path.of("target"), "token-rules-", ".jwks.json");
    Files.writeString(jwks, keySet());
    PayaraMicro node =
        PayaraMicro.boot(
            "jwks",
            null,
            Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                jwks.toUri().toString(),
                "MP_JWT_VERIFY_AUDIENCES",
                "hub-api,hub-socket"));
    try {
      long now = Instant.now().getEpochSecond();
      String hub = "aud=\"hub-api\"";
      List<Case> table =
          List.of(
              new Case("its key's kid, an audience", withKid("dev"), claims(now, hub), true, true),
              new Case(
                  "the other audience in an array",
                  withKid("dev"),
                  claims(now, "aud=[\"elsewhere\",\"hub-socket\"]"),
                  true,
                  true),
              new Case("another audience", withKid("dev"), claims(now, "aud=\"x\""), false, false),
              new Case("no audience", withKid("dev"), claims(now), false, false),
              new Case("another key's kid", withKid("other"), claims(now, hub), false, false),
              new Case("an unknown kid", withKid("nobody"), claims(now, hub), false, false),
              new Case("no kid: the set's first key", claims(now, hub), false, false),
              new Case(
                  "expired, its key's kid",
                  withKid("dev"),
                  claims(now, hub, "exp=" + (now - 1)),
                  false,
                  false));
      assertEquals(List.of(), disagreements(node, table));
    } finally {
      node.close();
      Files.deleteIfExists(jwks);
    }
  }

  private static List<String> disagreements(PayaraMicro hub, List<Case> table) throws Exception {
    List<String> disagreements = new ArrayList<>();
    Api api = new Api(hub.base());
    for (Case c : table) {
      String token = TestTokens.signClaims(c.header(), c.claims());
      String rest = restVerdict(api, token);
      String socket = socketVerdict(hub, token);
      String expected = c.taken() ? (c.publisher() ? "publisher" : "user") : "refused";
      if (!rest.equals(expected) || !socket.equals(expected)) {
        disagreements.add(
            c.name() + ": expected " + expected + ", REST " + rest + ", socket " + socket);
      }
    }
    return disagreements;
  }

  private static String withKid(String kid) {
    return "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
  }

  /**
   * A key set of a fresh key (first, id "other") and the development key (id "dev"), as an identity
   * provider publishes its keys.
   */
  private static String keySet() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    RSAPublicKey other = (RSAPublicKey) generator.generateKeyPair().getPublic();
    String pem =
        Files.readString(TestSettings.serverConfig().resolve("dev-keys/jwt-public.pem"))
            .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    RSAPublicKey dev =
        (RSAPublicKey)
            KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    return "{\"keys\":[" + jwk("other", other) + "," + jwk("dev", dev) + "]}";
  }

  private static String jwk(String kid, RSAPublicKey key) {
    return "{\"kty\":\"RSA\",\"kid\":\""
        + kid
        + "\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
        + unsigned(key.getModulus())
        + "\",\"e\":\""
        + unsigned(key.getPublicExponent())
        + "\"}";
  }

  /** RFC 7518 6.3.1: the value's unsigned big-endian bytes, base64url without padding. */
  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes[0] == 0 && bytes.length > 1) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** "refused" (401), "user" (taken, but 403 for a publisher's write) or "publisher". */
  private static String restVerdict(Api api, String token) throws Exception {
    int status = api.post("/api/broadcast", token, "{}").status();
    return switch (status) {
      case 401 -> "refused";
      case 403 -> "user";
      case 400 -> "publisher"; // taken as a publisher; the empty body is refused, nothing sent
      default -> "status " + status;
    };
  }

  private static String socketVerdict(PayaraMicro hub, String token) throws Exception {
    try (WsClient client = WsClient.connect(hub.webSocket())) {
      JsonObject answer = client.authenticate(token);
      if (!"authenticated".equals(answer.getString("type"))) {
        return "refused";
      }
      boolean publisher =
          answer.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
              .anyMatch(role -> role.getString().equals("publisher"));
      return publisher ? "publisher" : "user";
    }
  }

  /** A publisher's claims issued a minute ago for ten minutes, with changes ("-name" removes). */
  private static String claims(long now, String... changes) {
    Map<String, String> claims = new LinkedHashMap<>();
    claims.put("iss", "\"" + DevTokens.DEV_ISSUER + "\"");
    claims.put("sub", "\"token-table\"");
    claims.put("groups", "[\"publisher\"]");
    claims.put("iat", String.valueOf(now - 60));
    claims.put("exp", String.valueOf(now + 600));
    claims.put("jti", "\"" + java.util.UUID.randomUUID() + "\"");
    return DevTokens.claimsJson(claims, changes);
  }
}

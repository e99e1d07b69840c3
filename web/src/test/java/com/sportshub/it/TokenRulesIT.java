package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.devtools.DevTokens;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One table of tokens, each shown to the REST API (MicroProfile JWT) and to the socket ({@code
 * auth}): both take or refuse it alike, and read the same roles from it.
 */
@ExtendWith(HubNode.class)
class TokenRulesIT {

  /** A token's claims and whether both paths must take it, and as a publisher. */
  private record Case(String name, String claims, boolean taken, boolean publisher) {}

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
            new Case("no groups", claims(now, "-groups"), true, false));
    List<String> disagreements = new ArrayList<>();
    Api api = new Api(hub.base());
    for (Case c : table) {
      String token = TestTokens.signClaims(c.claims());
      String rest = restVerdict(api, token);
      String socket = socketVerdict(hub, token);
      String expected = c.taken() ? (c.publisher() ? "publisher" : "user") : "refused";
      if (!rest.equals(expected) || !socket.equals(expected)) {
        disagreements.add(
            c.name() + ": expected " + expected + ", REST " + rest + ", socket " + socket);
      }
    }
    assertEquals(List.of(), disagreements);
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

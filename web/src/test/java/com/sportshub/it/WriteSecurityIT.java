package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Writes need a valid token with a writing role; everything else is refused before it acts. */
@ExtendWith(HubNode.class)
class WriteSecurityIT {

  private static final String PRICE =
      FeedMessage.event("sec-1")
          .h2h("bet365", java.time.Instant.now(), "Arsenal", 2.5, "Chelsea", 2.9)
          .json();

  /** 401 as problem details, saying how to authenticate (RFC 6750), never Payara's HTML page. */
  private static void assertUnauthorized(Api.Response answer) {
    assertEquals(401, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    assertEquals(401, answer.json().asJsonObject().getInt("status"), answer.body());
    String challenge = answer.header("WWW-Authenticate");
    assertTrue(challenge != null && challenge.startsWith("Bearer"), "challenge: " + challenge);
  }

  @Test
  void aWriteWithoutATokenIsUnauthorized(PayaraMicro hub) throws Exception {
    assertUnauthorized(new Api(hub.base()).post("/api/odds/feed", null, PRICE));
  }

  @Test
  void aWriteWithAForgedSignatureIsUnauthorized(PayaraMicro hub) throws Exception {
    String token = TestTokens.forRoles("mallory", "admin");
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
    assertUnauthorized(new Api(hub.base()).post("/api/odds/feed", forged, PRICE));
  }

  @Test
  void aWriteWithAnExpiredTokenIsUnauthorized(PayaraMicro hub) throws Exception {
    String expired = TestTokens.expired("feed", "publisher");
    assertUnauthorized(new Api(hub.base()).post("/api/odds/feed", expired, PRICE));
  }

  @Test
  void aTokenThatIsNotAJwtIsUnauthorizedEvenOnARead(PayaraMicro hub) throws Exception {
    assertUnauthorized(new Api(hub.base()).post("/api/broadcast", "not-a-token", "{}"));
    assertUnauthorized(new Api(hub.base()).get("/api/odds/sports", "not-a-token"));
  }

  @Test
  void aPathOutsideTheApiIsNotFoundWithProblemDetails(PayaraMicro hub) throws Exception {
    Api.Response answer = new Api(hub.base()).get("/no-such-page");

    assertEquals(404, answer.status());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    assertEquals(404, answer.json().asJsonObject().getInt("status"));
  }

  @Test
  void aWriteByARoleThatMayNotWriteOddsIsForbidden(PayaraMicro hub) throws Exception {
    String referee = TestTokens.forRoles("ref", "referee");
    assertEquals(403, new Api(hub.base()).post("/api/odds/feed", referee, PRICE).status());
  }

  // The hub remembers tokens it has verified (BearerAuthentication): what it remembers must never
  // let through what a fresh check would refuse.

  @Test
  void aTokenAcceptedBeforeIsRefusedOnceItHasExpired(PayaraMicro hub) throws Exception {
    String token = TestTokens.expiringIn(Duration.ofSeconds(3), "feed", "publisher");
    Api api = new Api(hub.base());
    assertEquals(200, api.post("/api/odds/feed", token, PRICE).status());
    assertEquals(200, api.post("/api/odds/feed", token, PRICE).status());

    Thread.sleep(4_000);

    assertUnauthorized(api.post("/api/odds/feed", token, PRICE));
  }

  @Test
  void aForgedSignatureIsRefusedAfterTheGenuineTokenWasAccepted(PayaraMicro hub) throws Exception {
    String token = TestTokens.forRoles("feed", "publisher");
    Api api = new Api(hub.base());
    assertEquals(200, api.post("/api/odds/feed", token, PRICE).status());

    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

    assertUnauthorized(api.post("/api/odds/feed", forged, PRICE));
  }

  @Test
  void aRememberedTokenLendsItsRolesToNoOtherTokenOfTheSameCaller(PayaraMicro hub)
      throws Exception {
    Api api = new Api(hub.base());
    String publisher = TestTokens.forRoles("feed", "publisher");
    assertEquals(200, api.post("/api/odds/feed", publisher, PRICE).status());
    assertEquals(200, api.post("/api/odds/feed", publisher, PRICE).status(), "remembered");

    String sameCallerAsReferee = TestTokens.forRoles("feed", "referee");

    assertEquals(403, api.post("/api/odds/feed", sameCallerAsReferee, PRICE).status());
  }

  @Test
  void anAdminMayWrite(PayaraMicro hub) throws Exception {
    String admin = TestTokens.forRoles("root", "admin");
    assertEquals(200, new Api(hub.base()).post("/api/odds/feed", admin, PRICE).status());
  }
}

package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

  @Test
  void aWriteWithoutATokenIsUnauthorized(PayaraMicro hub) throws Exception {
    assertEquals(401, new Api(hub.base()).post("/api/odds/feed", null, PRICE).status());
  }

  @Test
  void aWriteWithAForgedSignatureIsUnauthorized(PayaraMicro hub) throws Exception {
    String token = TestTokens.forRoles("mallory", "admin");
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
    assertEquals(401, new Api(hub.base()).post("/api/odds/feed", forged, PRICE).status());
  }

  @Test
  void aWriteWithAnExpiredTokenIsUnauthorized(PayaraMicro hub) throws Exception {
    String expired = TestTokens.expired("feed", "publisher");
    assertEquals(401, new Api(hub.base()).post("/api/odds/feed", expired, PRICE).status());
  }

  @Test
  void aWriteByARoleThatMayNotWriteOddsIsForbidden(PayaraMicro hub) throws Exception {
    String referee = TestTokens.forRoles("ref", "referee");
    assertEquals(403, new Api(hub.base()).post("/api/odds/feed", referee, PRICE).status());
  }

  // The hub remembers tokens it has verified (VerifiedTokenStore): what it remembers must never
  // let through what a fresh check would refuse.

  @Test
  void aTokenAcceptedBeforeIsRefusedOnceItHasExpired(PayaraMicro hub) throws Exception {
    String token = TestTokens.expiringIn(Duration.ofSeconds(3), "feed", "publisher");
    Api api = new Api(hub.base());
    assertEquals(200, api.post("/api/odds/feed", token, PRICE).status());
    assertEquals(200, api.post("/api/odds/feed", token, PRICE).status());

    Thread.sleep(4_000);

    assertEquals(401, api.post("/api/odds/feed", token, PRICE).status());
  }

  @Test
  void aForgedSignatureIsRefusedAfterTheGenuineTokenWasAccepted(PayaraMicro hub) throws Exception {
    String token = TestTokens.forRoles("feed", "publisher");
    Api api = new Api(hub.base());
    assertEquals(200, api.post("/api/odds/feed", token, PRICE).status());

    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

    assertEquals(401, api.post("/api/odds/feed", forged, PRICE).status());
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

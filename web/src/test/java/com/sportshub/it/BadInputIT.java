package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input gets 400 problem details that say what is wrong, and the node carries on. */
@ExtendWith(HubNode.class)
class BadInputIT {

  private static final String PUBLISHER = TestTokens.forRoles("feed", "publisher");

  private static Api.Response write(PayaraMicro hub, String body) throws Exception {
    return new Api(hub.base()).post("/api/odds/feed", PUBLISHER, body);
  }

  private static void assertRefused(Api.Response answer, int status, String field) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    assertEquals(field, answer.json().asJsonObject().getString("field"), answer.body());
  }

  @Test
  void aPriceOfOneOrLessIsRefusedNamingTheField(PayaraMicro hub) throws Exception {
    String body =
        FeedMessage.event("bad-1")
            .h2h("bet365", Instant.now(), "Arsenal", "1.0", "Chelsea", "2")
            .json();

    assertRefused(write(hub, body), 400, "bookmakers[0].markets[0].outcomes[0].price");
  }

  @Test
  void aMissingFieldIsRefusedNamingTheField(PayaraMicro hub) throws Exception {
    assertRefused(write(hub, "[{\"id\":\"bad-2\"}]"), 400, "[0].sport_key");
  }

  @Test
  void aFieldLongerThanItsColumnIsRefusedNamingTheField(PayaraMicro hub) throws Exception {
    String body =
        FeedMessage.event("bad-3")
            .h2h("bet365", Instant.now(), "x".repeat(129), "2.0", "Chelsea", "2")
            .json();

    assertRefused(write(hub, body), 400, "bookmakers[0].markets[0].outcomes[0].name");
  }

  @Test
  void anUnknownMarketIsRefusedNamingTheField(PayaraMicro hub) throws Exception {
    String body =
        FeedMessage.event("bad-4")
            .h2h("bet365", Instant.now(), "A", "2", "B", "2")
            .json()
            .replace("\"key\":\"h2h\"", "\"key\":\"corners\"");

    assertRefused(write(hub, body), 400, "bookmakers[0].markets[0].key");
  }

  @Test
  void aNumberThatIsNotANumberIsRefusedNamingTheField(PayaraMicro hub) throws Exception {
    String body =
        FeedMessage.event("bad-5").h2h("bet365", Instant.now(), "A", "\"NaN\"", "B", "2").json();

    assertRefused(write(hub, body), 400, "bookmakers[0].markets[0].outcomes[0].price");
  }

  @Test
  void aBatchWithOneBadEventIsRefusedWholeAndNothingOfItIsStored(PayaraMicro hub) throws Exception {
    String good = FeedMessage.newEventId();
    String batch =
        FeedMessage.batch(
            FeedMessage.event(good).h2h("bet365", Instant.now(), "A", "2.5", "B", "1.6"),
            FeedMessage.event("bad-6").h2h("bet365", Instant.now(), "A", "0.5", "B", "1.6"));

    assertRefused(write(hub, batch), 400, "[1].bookmakers[0].markets[0].outcomes[0].price");
    assertEquals(404, new Api(hub.base()).get("/api/odds/events/" + good).status());
  }

  @Test
  void pricesForAClosedEventAreAConflictAndChangeNothing(PayaraMicro hub) throws Exception {
    String eventId = FeedMessage.newEventId();
    Instant at = Instant.now();
    assertEquals(200, write(hub, FeedMessage.event(eventId).status("closed").json()).status());

    Api.Response answer =
        write(hub, FeedMessage.event(eventId).h2h("bet365", at, "A", "2.5", "B", "1.6").json());

    assertEquals(409, answer.status(), answer.body());
    assertEquals(
        0,
        new Api(hub.base())
            .get("/api/odds/events/" + eventId)
            .json()
            .asJsonObject()
            .getJsonArray("prices")
            .size());
  }

  @Test
  void aBodyLargerThanTheLimitIsRefusedBeforeItIsRead(PayaraMicro hub) throws Exception {
    String huge = "[" + "0,".repeat(3 * 1024 * 1024) + "0]";

    Api.Response declared = write(hub, huge);
    Api.Response chunked = new Api(hub.base()).postChunked("/api/odds/feed", PUBLISHER, huge);

    assertEquals(413, declared.status(), declared.body());
    assertEquals(413, chunked.status(), chunked.body());
    assertEquals(200, write(hub, "[]").status(), "the node carries on");
  }

  @Test
  void malformedJsonIsABadRequestWithProblemDetails(PayaraMicro hub) throws Exception {
    Api.Response answer = write(hub, "{\"id\":");

    assertEquals(400, answer.status());
    JsonObject problem = answer.json().asJsonObject();
    assertEquals(400, problem.getInt("status"));
  }

  @Test
  void anUnknownPriceFormatIsRefusedNamingTheParameter(PayaraMicro hub) throws Exception {
    Api.Response answer = new Api(hub.base()).get("/api/odds/events/any?format=roman");

    assertRefused(answer, 400, "format");
  }

  @Test
  void theBookOfAnUnknownEventIsNotFound(PayaraMicro hub) throws Exception {
    Api.Response answer = new Api(hub.base()).get("/api/odds/events/no-such-event");

    assertEquals(404, answer.status());
    assertEquals(404, answer.json().asJsonObject().getInt("status"));
  }

  @Test
  void anUnknownPathIsNotFoundWithProblemDetails(PayaraMicro hub) throws Exception {
    Api.Response answer = new Api(hub.base()).get("/api/no-such-thing");

    assertEquals(404, answer.status());
    assertEquals(404, answer.json().asJsonObject().getInt("status"));
  }

  @Test
  void aMethodThePathDoesNotTakeIsNotAllowedWithProblemDetails(PayaraMicro hub) throws Exception {
    Api.Response answer = new Api(hub.base()).delete("/api/odds/sports", null);

    assertEquals(405, answer.status());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    assertEquals(405, answer.json().asJsonObject().getInt("status"));
  }
}

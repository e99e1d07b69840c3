package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input gets 400 problem details that say what is wrong, and the node carries on. */
@ExtendWith(HubNode.class)
class BadInputIT {

  private static Api.Response write(PayaraMicro hub, String body) throws Exception {
    return new Api(hub.base())
        .post("/api/odds/prices", TestTokens.forRoles("feed", "publisher"), body);
  }

  @Test
  void aPriceOfOneOrLessIsRefusedNamingTheField(PayaraMicro hub) throws Exception {
    Api.Response answer =
        write(
            hub,
            """
            {"eventId":"bad-1","sportKey":"soccer_epl","market":"h2h","outcome":"Arsenal",\
            "bookmaker":"bet365","price":1.0}""");

    assertEquals(400, answer.status());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    assertEquals("price", answer.json().asJsonObject().getString("field"));
  }

  @Test
  void aMissingFieldIsRefusedNamingTheField(PayaraMicro hub) throws Exception {
    Api.Response answer = write(hub, "{\"eventId\":\"bad-2\",\"price\":2.0}");

    assertEquals(400, answer.status());
    assertEquals("sportKey", answer.json().asJsonObject().getString("field"));
  }

  @Test
  void aFieldLongerThanItsColumnIsRefusedNamingTheField(PayaraMicro hub) throws Exception {
    Api.Response answer =
        write(
            hub,
            """
            {"eventId":"bad-3","sportKey":"soccer_epl","market":"h2h","outcome":"%s",\
            "bookmaker":"bet365","price":2.0}"""
                .formatted("x".repeat(129)));

    assertEquals(400, answer.status());
    assertEquals("outcome", answer.json().asJsonObject().getString("field"));
  }

  @Test
  void malformedJsonIsABadRequestWithProblemDetails(PayaraMicro hub) throws Exception {
    Api.Response answer = write(hub, "{\"eventId\":");

    assertEquals(400, answer.status());
    JsonObject problem = answer.json().asJsonObject();
    assertEquals(400, problem.getInt("status"));
  }

  @Test
  void theBookOfAnUnknownEventIsNotFound(PayaraMicro hub) throws Exception {
    Api.Response answer = new Api(hub.base()).get("/api/odds/events/no-such-event/prices");

    assertEquals(404, answer.status());
    assertEquals(404, answer.json().asJsonObject().getInt("status"));
  }

  @Test
  void anUnknownPathIsNotFoundWithProblemDetails(PayaraMicro hub) throws Exception {
    Api.Response answer = new Api(hub.base()).get("/api/no-such-thing");

    assertEquals(404, answer.status());
    assertEquals(404, answer.json().asJsonObject().getInt("status"));
  }
}

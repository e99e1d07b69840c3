package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node whose database goes away answers writes 503 with Retry-After, says so in its log once (not
 * a stack trace per request), and takes writes again when the database is back. The node has a
 * database of its own, so that closing it disturbs no other test.
 */
class DatabaseOutageIT {

  private static final String AWAY = "the database cannot be reached";
  private static final String BACK = "the database answers again";

  private static String database;
  private static PayaraMicro hub;

  @BeforeAll
  static void boot() throws Exception {
    database = TestSettings.newDatabase("outage");
    hub = PayaraMicro.boot("outage", null, Map.of("DB_URL", database));
  }

  @AfterAll
  static void stop() throws Exception {
    if (hub != null) {
      hub.close();
    }
    TestSettings.allowConnections(database, true);
  }

  private static Api.Response meeting(String id) throws Exception {
    return new Api(hub.base())
        .post(
            "/api/racing/meetings",
            RacingDesk.PUBLISHER,
            "{\"meetingId\":\""
                + id
                + "\",\"course\":\"Ascot\",\"date\":\"2026-03-10\",\"country\":\"GB\"}");
  }

  private static void assertUnavailable(Api.Response answer) {
    assertEquals(503, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    assertEquals("5", answer.header("Retry-After"));
  }

  private static int count(String text, String line) {
    return text.split(line, -1).length - 1;
  }

  @Test
  void writesWhileTheDatabaseIsAwayAreUnavailableAndTheOutageIsLoggedOnce() throws Exception {
    assertEquals(201, meeting("before").status());
    TestSettings.allowConnections(database, false);
    try {
      assertUnavailable(meeting("during-1"));
      int logged = hub.logText().length();
      assertUnavailable(meeting("during-2"));

      String since = hub.logText().substring(logged);
      assertFalse(since.contains("\tat "), "a stack trace for the second write:\n" + since);
      assertEquals(1, count(hub.logText(), AWAY));
    } finally {
      TestSettings.allowConnections(database, true);
    }

    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    int status;
    while ((status = meeting("after").status()) != 201 && Instant.now().isBefore(deadline)) {
      Thread.sleep(1_000);
    }
    assertEquals(201, status, "a write once the database is back");
    while (!hub.logText().contains(BACK) && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
    assertEquals(1, count(hub.logText(), BACK));
    assertEquals(1, count(hub.logText(), AWAY));
    assertEquals(404, new Api(hub.base()).get("/api/racing/meetings/during-2").status());
  }
}

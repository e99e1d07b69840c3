package com.sportshub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.browser.Chromium;
import com.sportshub.browser.UpgradeRefusingProxy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The hub's pages in headless Chromium against a real hub: each page renders data written through
 * the REST API after it opened. The hub is this class's own (the shared node only lets one test
 * origin open sockets), with Redis, so that it can be stopped and started again where it was; the
 * test that does so runs last. Screenshots go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesIT {

  private static final String NAMESPACE = "pages-" + UUID.randomUUID().toString().substring(0, 8);
  private static final Map<String, String> SETTINGS =
      Map.of(
          "HUB_WS_HEARTBEAT_MS", "2000",
          "HUB_WS_ALLOWED_ORIGINS", "*",
          "HUB_REDIS_NAMESPACE", NAMESPACE);
  private static final String PUBLISHER = TestTokens.forRoles("pages-publisher", "publisher");
  private static final int WAIT = 20;

  private static PayaraMicro hub;

  @BeforeAll
  static void boot() throws Exception {
    hub = PayaraMicro.boot("pages", TestSettings.redisUrl(), SETTINGS);
  }

  @AfterAll
  static void stop() {
    if (hub != null) {
      hub.close();
    }
  }

  private static String page(String path) {
    return hub.base().resolve(path).toString();
  }

  /** Opens the page and waits for its indicator to say connected. */
  private static void openConnected(Chromium browser, String path) {
    browser.open(page(path));
    browser.awaitConnection(WAIT, "connected");
  }

  private static Api api() {
    return new Api(hub.base());
  }

  private static String unique(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** One event of The Odds API's shape, one bookmaker, prices for home, draw and away. */
  static String oddsEvent(
      String eventId, String sport, String home, String away, String updatedAt, double... prices) {
    return """
        [{"id":"%s","sport_key":"%s","sport_title":"Pages League","commence_time":"2030-05-01T15:00:00Z",
          "home_team":"%s","away_team":"%s","bookmakers":[{"key":"bet365","title":"Bet365",
          "last_update":"%s","markets":[{"key":"h2h","outcomes":[
          {"name":"%s","price":%s},{"name":"Draw","price":%s},{"name":"%s","price":%s}]}]}]}]
        """
        .formatted(
            eventId, sport, home, away, updatedAt, home, prices[0], prices[1], away, prices[2]);
  }

  private static void pushOdds(PayaraMicro node, String body) throws Exception {
    Api.Response answer = new Api(node.base()).post("/api/odds/feed", PUBLISHER, body);
    assertEquals(200, answer.status(), answer.body());
  }

  private static String bestOf(Chromium browser, String eventId, String outcome) {
    return browser
        .driver()
        .findElement(By.cssSelector("[data-outcome='" + eventId + "|h2h|" + outcome + "'] td.best"))
        .getText();
  }

  private static void awaitBest(Chromium browser, String eventId, String outcome, String shown) {
    awaitBest(browser, eventId, outcome, shown, WAIT);
  }

  private static void awaitBest(
      Chromium browser, String eventId, String outcome, String shown, int seconds) {
    browser.await(
        seconds,
        d -> {
          List<WebElement> cells =
              d.findElements(
                  By.cssSelector("[data-outcome='" + eventId + "|h2h|" + outcome + "'] td.best"));
          return !cells.isEmpty() && cells.get(0).getText().startsWith(shown) ? true : null;
        });
  }

  @Test
  @Order(1)
  void theHomePageNamesTheNodeLinksEveryPageAndListsMatchesStartedAfterItOpened() throws Exception {
    try (Chromium browser = Chromium.start()) {
      openConnected(browser, "/");
      browser.await(WAIT, d -> d.findElement(By.id("node")).getText().equals("…") ? null : true);
      List<String> links =
          browser.driver().findElements(By.cssSelector("#pages a")).stream()
              .map(a -> a.getDomProperty("pathname"))
              .toList();
      assertEquals(
          List.of("/odds.html", "/race.html", "/match.html", "/live.html", "/ops.html"), links);

      String home = Referee.unique("Ashby");
      String matchId = Referee.schedule(hub, "PGS", home, Referee.unique("Blyth"));
      command(matchId, "start", "");
      browser.awaitText(WAIT, By.cssSelector("#live a"), home);
      assertTrue(
          browser
              .driver()
              .findElement(By.cssSelector("#live a[href='/match.html?match=" + matchId + "']"))
              .isDisplayed());
      assertTrue(browser.connection().equals("connected"));
      assertTrue(
          browser.driver().findElement(By.id("connection")).getText().contains("Live"),
          "the indicator says its state in words");
      browser.screenshot("index");
    }
  }

  @Test
  @Order(2)
  void theOddsPageShowsPricesWrittenAfterItOpenedAndFlashesTheirMoves() throws Exception {
    String sport = unique("pages_odds");
    String eventId = unique("ev");
    try (Chromium browser = Chromium.start()) {
      openConnected(browser, "/odds.html?sport=" + sport);
      browser.awaitText(WAIT, By.id("events"), "No open events");

      pushOdds(
          hub,
          oddsEvent(eventId, sport, "Arsenal", "Chelsea", "2030-05-01T12:00:00Z", 2.1, 3.4, 3.6));
      awaitBest(browser, eventId, "Arsenal", "2.10");
      WebElement card =
          browser.driver().findElement(By.cssSelector("[data-event='" + eventId + "']"));
      assertTrue(card.getText().contains("Arsenal v Chelsea"), card.getText());
      assertTrue(card.getText().contains("1 bookmaker"), card.getText());

      pushOdds(
          hub,
          oddsEvent(eventId, sport, "Arsenal", "Chelsea", "2030-05-01T12:01:00Z", 2.3, 3.4, 3.2));
      awaitBest(browser, eventId, "Arsenal", "2.30");
      assertEquals(
          "up",
          browser
              .driver()
              .findElement(By.cssSelector("[data-outcome='" + eventId + "|h2h|Arsenal']"))
              .getAttribute("data-move"));
      assertEquals(
          "down",
          browser
              .driver()
              .findElement(By.cssSelector("[data-outcome='" + eventId + "|h2h|Chelsea']"))
              .getAttribute("data-move"));
      browser.screenshot("odds-decimal");

      browser.driver().findElement(By.cssSelector("button[data-format='fractional']")).click();
      awaitBest(browser, eventId, "Arsenal", "13/10");
      browser.driver().findElement(By.cssSelector("button[data-format='american']")).click();
      awaitBest(browser, eventId, "Arsenal", "+130");
      assertEquals("+220", bestOf(browser, eventId, "Chelsea").lines().findFirst().orElseThrow());
      assertTrue(
          browser
              .driver()
              .findElement(By.id("connection"))
              .getText()
              .matches("(?s).*updated \\d+ s ago.*"),
          browser.driver().findElement(By.id("connection")).getText());
      browser.screenshot("odds-american");
    }
  }

  @Test
  @Order(2)
  void theOddsPageMarksArbitrageAndSteam() throws Exception {
    String sport = unique("pages_marks");
    String eventId = unique("ev");
    try (Chromium browser = Chromium.start()) {
      openConnected(browser, "/odds.html?sport=" + sport);
      pushOdds(hub, books(eventId, sport, "12:00:00", 2.5, 3.0, 4.0, 2.0, 4.5, 5.0, 2.2, 3.2, 4.4));
      browser.awaitText(
          WAIT,
          By.cssSelector("[data-event='" + eventId + "'] table[data-line='h2h']"),
          "Arbitrage");

      // three bookmakers shorten the home side by more than three points together
      pushOdds(hub, books(eventId, sport, "12:01:00", 2.0, 3.0, 4.0, 1.7, 4.5, 5.0, 1.8, 3.2, 4.4));
      browser.awaitText(
          WAIT, By.cssSelector("[data-outcome='" + eventId + "|h2h|Home FC']"), "Steam");
      assertTrue(
          browser
              .driver()
              .findElement(By.cssSelector("[data-outcome='" + eventId + "|h2h|Home FC']"))
              .getText()
              .contains("shortening"));
      browser.screenshot("odds-marks");
    }
  }

  /** One event priced by three bookmakers: home, draw and away of each in turn. */
  private static String books(String eventId, String sport, String time, double... prices) {
    StringBuilder bookmakers = new StringBuilder();
    String[] names = {"bet365", "williamhill", "paddypower"};
    for (int b = 0; b < names.length; b++) {
      bookmakers
          .append(b == 0 ? "" : ",")
          .append(
              """
              {"key":"%s","title":"%s","last_update":"2030-05-01T%sZ","markets":[{"key":"h2h",\
              "outcomes":[{"name":"Home FC","price":%s},{"name":"Draw","price":%s},\
              {"name":"Away FC","price":%s}]}]}"""
                  .formatted(
                      names[b],
                      names[b],
                      time,
                      prices[3 * b],
                      prices[3 * b + 1],
                      prices[3 * b + 2]));
    }
    return """
        [{"id":"%s","sport_key":"%s","sport_title":"Pages League","commence_time":"2030-05-01T15:00:00Z",
          "home_team":"Home FC","away_team":"Away FC","bookmakers":[%s]}]"""
        .formatted(eventId, sport, bookmakers);
  }

  @Test
  @Order(7)
  void aPageWhoseSocketCannotOpenPollsTheRestReadsAndSaysSo() throws Exception {
    String sport = unique("pages_poll");
    String eventId = unique("ev");
    String live =
        oddsEvent(eventId, sport, "Bury", "Crewe", "2030-05-01T12:00:00Z", 2.4, 3.1, 2.9)
            .replace("\"home_team\"", "\"status\":\"live\",\"home_team\"");
    pushOdds(hub, live);
    try (UpgradeRefusingProxy proxy = UpgradeRefusingProxy.start();
        Chromium browser = Chromium.behindProxy(proxy.address())) {
      browser.open(page("/odds.html?sport=" + sport));
      browser.awaitConnection(30, "polling");
      assertTrue(proxy.refused() >= 3, "upgrades refused: " + proxy.refused());
      awaitBest(browser, eventId, "Bury", "2.40");
      browser.awaitText(WAIT, By.id("connection"), "Polling (no live connection)");
      browser.awaitText(WAIT, By.id("connection"), "s ago");
      browser.screenshot("odds-polling");

      // the next poll (every 15 s) brings a price written meanwhile
      pushOdds(hub, live.replace("2.4", "2.6").replace("12:00:00", "12:05:00"));
      awaitBest(browser, eventId, "Bury", "2.60", 30);
      assertEquals("polling", browser.connection());
    }
  }

  private static void command(String matchId, String command, String fields) throws Exception {
    Api.Response answer =
        api()
            .post(
                "/api/matches/" + matchId + "/commands",
                Referee.ADMIN,
                "{\"command\":\"%s\",\"clientId\":\"%s\"%s}"
                    .formatted(command, unique("rest"), fields));
    assertEquals(200, answer.status(), answer.body());
  }

  @Test
  @Order(3)
  void aRefereesCommandsInOneBrowserShowInAnotherAtOnce() throws Exception {
    String home = Referee.unique("Crewe");
    String away = Referee.unique("Dover");
    String matchId = Referee.schedule(hub, "PGS", home, away);
    Referee.assign(hub, matchId, "pages-ref");
    String token = TestTokens.forRoles("pages-ref", "referee");
    try (Chromium referee = Chromium.start();
        Chromium fan = Chromium.start(390, 844)) {
      fan.open(page("/match.html?match=" + matchId));
      referee.open(page("/match.html?match=" + matchId + "#token=" + token));
      fan.awaitConnection(WAIT, "connected");
      referee.awaitConnection(WAIT, "connected");
      referee.await(WAIT, d -> d.findElement(By.id("controls")).isDisplayed() ? true : null);
      assertFalse(
          fan.driver().findElement(By.id("controls")).isDisplayed(),
          "an anonymous fan has no controls");
      assertFalse(
          referee.driver().getCurrentUrl().contains("token="), "the token leaves the address bar");

      referee.driver().findElement(By.cssSelector("#lifecycle [data-command='start']")).click();
      fan.await(
          WAIT,
          d ->
              "first_half".equals(d.findElement(By.id("meta")).getAttribute("data-phase"))
                  ? true
                  : null);

      var form = referee.driver().findElement(By.id("event-form"));
      form.findElement(By.name("player")).sendKeys("Saka");
      form.findElement(By.name("minute")).sendKeys("23");
      form.findElement(By.cssSelector("button[type='submit']")).click();
      fan.awaitText(WAIT, By.id("score"), "1 – 0");
      fan.awaitText(WAIT, By.cssSelector("#events li[data-event-type='goal']"), "Saka");
      referee.awaitText(WAIT, By.id("command-status"), "Goal: done");

      new org.openqa.selenium.support.ui.Select(form.findElement(By.name("type")))
          .selectByValue("yellow_card");
      new org.openqa.selenium.support.ui.Select(form.findElement(By.name("side")))
          .selectByValue("away");
      form.findElement(By.name("player")).sendKeys("James");
      form.findElement(By.cssSelector("button[type='submit']")).click();
      fan.awaitText(WAIT, By.cssSelector("#events li[data-event-type='yellow_card']"), "James");
      fan.awaitText(WAIT, By.cssSelector("[data-stat='yellowCards']"), "1");

      // a write through REST shows in both
      command(
          matchId,
          "statistics",
          ",\"statistics\":{\"home\":{\"possession\":61,\"shots\":7,\"shotsOnTarget\":3,"
              + "\"corners\":4,\"fouls\":5}}");
      fan.awaitText(WAIT, By.cssSelector("[data-stat='possession']"), "61");
      referee.awaitText(WAIT, By.cssSelector("[data-stat='shots']"), "7");

      referee.driver().findElement(By.cssSelector("#lifecycle [data-command='pause']")).click();
      fan.awaitText(WAIT, By.id("clock"), "Half time");
      referee.screenshot("match-referee");
      fan.screenshot("match-fan-phone");
    }
  }

  @Test
  @Order(4)
  void theLivePageShowsTheImportedTableInTheOfficialOrderAndTheMatchesInPlay() throws Exception {
    String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    try (Chromium browser = Chromium.start()) {
      openConnected(browser, "/live.html?competition=" + code + "#table");
      browser.awaitText(WAIT, By.id("table-meta"), "No table for " + code);

      String file =
          java.nio.file.Files.readString(
              TestSettings.serverConfig()
                  .getParent()
                  .resolve("matches-module/src/test/resources/openfootball/en.1.2022-23.json"));
      Api.Response imported =
          api()
              .post(
                  "/api/matches/import/openfootball?competition=" + code + "&season=2022-23",
                  Referee.ADMIN,
                  file);
      assertEquals(200, imported.status(), imported.body());

      browser.await(
          WAIT, d -> d.findElements(By.cssSelector("#table tbody tr")).size() == 20 ? true : null);
      List<String> shown =
          browser.driver().findElements(By.cssSelector("#table tbody tr")).stream()
              .map(r -> r.getAttribute("data-team"))
              .toList();
      List<String> official =
          api()
              .get("/api/matches/standings/" + code + "?season=2022-23")
              .json()
              .asJsonObject()
              .getJsonArray("rows")
              .getValuesAs(jakarta.json.JsonObject.class)
              .stream()
              .map(r -> r.getString("team"))
              .toList();
      assertEquals(official, shown, "the table in the official order");
      assertEquals("Manchester City FC", shown.get(0));
      assertEquals("Southampton FC", shown.get(19));
      WebElement top = browser.driver().findElement(By.cssSelector("#table tbody tr"));
      assertTrue(top.getText().contains("89"), top.getText());
      assertTrue(top.getText().contains("+61"), top.getText());
      List<String> zones =
          browser.driver().findElements(By.cssSelector("#table tbody tr")).stream()
              .map(r -> String.valueOf(r.getAttribute("data-zone")))
              .toList();
      assertEquals(List.of("title", "europe", "europe", "europe", "null"), zones.subList(0, 5));
      assertEquals(
          List.of("null", "relegation", "relegation", "relegation"), zones.subList(16, 20));
      String legend = browser.driver().findElement(By.id("legend")).getText();
      assertTrue(legend.contains("Champions League (2nd to 4th)"), legend);
      assertTrue(legend.contains("Relegation (last 3)"), legend);
      browser.screenshot("live-table");

      // keyboard: the arrow keys move between the tabs
      WebElement tableTab = browser.driver().findElement(By.id("tab-table"));
      assertEquals("true", tableTab.getAttribute("aria-selected"));
      tableTab.sendKeys(org.openqa.selenium.Keys.ARROW_LEFT);
      assertEquals(
          "true", browser.driver().findElement(By.id("tab-live")).getAttribute("aria-selected"));
      assertTrue(browser.driver().findElement(By.id("panel-live")).isDisplayed());
      assertFalse(browser.driver().findElement(By.id("panel-table")).isDisplayed());

      String home = Referee.unique("Exeter");
      String matchId = Referee.schedule(hub, code, home, Referee.unique("Fleet"));
      command(matchId, "start", "");
      browser.awaitText(WAIT, By.cssSelector("#live [data-match='" + matchId + "']"), home);
      command(matchId, "add_event", ",\"event\":{\"type\":\"goal\",\"side\":\"home\"}");
      browser.awaitText(WAIT, By.cssSelector("#live [data-match='" + matchId + "']"), "1 – 0");
      browser.screenshot("live-matches");
      browser
          .driver()
          .findElement(By.id("tab-live"))
          .sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
      browser.awaitText(WAIT, By.id("provisional"), "Provisional");
      browser.awaitText(WAIT, By.cssSelector("#table tr[data-team='" + home + "']"), "3");
      browser.screenshot("live-provisional");

      browser.driver().findElement(By.id("tab-live")).sendKeys(org.openqa.selenium.Keys.END);
      browser.awaitText(WAIT, By.id("system-status"), "");
      assertTrue(browser.driver().findElement(By.id("panel-status")).isDisplayed());
      browser.screenshot("live-status");
    }
  }

  @Test
  @Order(5)
  void theRacePageFollowsTheCardPricesNonRunnersTheResultAndTheNews() throws Exception {
    RacingDesk desk = new RacingDesk(hub);
    String meetingId = desk.meeting();
    String raceId = desk.race(meetingId, 1, 4);
    try (Chromium browser = Chromium.start()) {
      openConnected(browser, "/race.html?race=" + raceId);
      browser.awaitText(WAIT, By.cssSelector("#runners tr[data-cloth='4']"), "Horse 4");

      RacingDesk.ok(200, desk.price(raceId, 1, "5/2", 2, "3/1", 3, "4/1", 4, "6/1"));
      browser.awaitText(WAIT, By.cssSelector("#runners tr[data-cloth='1'] td.best"), "5/2");
      browser.awaitText(WAIT, By.cssSelector("#runners tr[data-cloth='4'] td.best"), "6/1");
      RacingDesk.ok(200, desk.price(raceId, 1, "2/1"));
      browser.awaitText(
          WAIT, By.cssSelector("#runners tr[data-cloth='1'][data-move='down'] td.best"), "2/1");

      RacingDesk.ok(200, desk.withdraw(raceId, 2));
      browser.await(
          WAIT,
          d ->
              d.findElements(
                          By.cssSelector("#runners tr[data-cloth='2'][data-status='NON_RUNNER']"))
                      .isEmpty()
                  ? null
                  : true);
      browser.awaitText(WAIT, By.id("rule4"), "Rule 4");

      desk.moveThrough(
          raceId, "PARADING", "GOING_DOWN", "AT_THE_POST", "UNDER_ORDERS", "OFF", "FINISHED");
      browser.await(
          WAIT,
          d ->
              d.findElements(By.cssSelector("#race-status[data-status='FINISHED']")).isEmpty()
                  ? null
                  : true);
      assertTrue(browser.driver().findElement(By.id("race-meta")).getText().contains("closed"));
      RacingDesk.ok(200, desk.declare(raceId, 3, 1, 4));
      browser.awaitText(WAIT, By.cssSelector("#result tr[data-position='1']"), "Horse 3");

      RacingDesk.ok(
          201,
          desk.post(
              "/api/racing/news",
              "{\"headline\":\"Going eased\",\"body\":\"Soft, heavy in places\","
                  + "\"meetingId\":\"%s\",\"raceId\":\"%s\"}".formatted(meetingId, raceId)));
      browser.awaitText(WAIT, By.id("news"), "Going eased");
      browser.screenshot("race");

      browser.open(page("/race.html"));
      browser.awaitText(
          WAIT, By.cssSelector("#meetings a[href='?meeting=" + meetingId + "']"), "Cheltenham");

      browser.open(page("/race.html?meeting=" + meetingId));
      browser.awaitText(WAIT, By.cssSelector("#races tr[data-race='" + raceId + "']"), "Finished");
      browser.awaitText(WAIT, By.id("news"), "Going eased");
      browser.screenshot("race-meeting");
    }
  }

  @Test
  @Order(6)
  void theOperationsPageShowsHealthThisConnectionItsChannelsAndTheFeeds() throws Exception {
    try (Chromium browser = Chromium.start()) {
      openConnected(browser, "/ops.html#token=" + Referee.ADMIN);
      browser.awaitText(WAIT, By.id("health-status"), "UP");
      browser.awaitText(WAIT, By.cssSelector("#health [data-check='broker']"), "UP");
      browser.awaitText(WAIT, By.cssSelector("#channels [data-channel='matches:live']"), "");
      browser.awaitText(WAIT, By.id("node"), "it-admin");
      browser.awaitText(WAIT, By.cssSelector("#figures [data-figure='Authenticated']"), "1");
      browser.awaitText(WAIT, By.cssSelector("#busiest [data-channel='matches:live']"), ": 1");
      browser.awaitText(WAIT, By.cssSelector("#feeds [data-feed='odds publisher']"), "stopped");

      // an admin starts the odds feed over REST: the page shows it at its next refresh
      Api.Response started = api().post("/api/odds/publisher", Referee.ADMIN, "");
      assertEquals(200, started.status(), started.body());
      try {
        browser.awaitText(WAIT, By.cssSelector("#feeds [data-feed='odds publisher']"), "running");
        browser.screenshot("ops");
      } finally {
        api().delete("/api/odds/publisher", Referee.ADMIN);
      }
    }
  }

  @Test
  @Order(99)
  void theIndicatorLeavesConnectedWhileTheHubIsDownAndNothingWrittenMeanwhileIsMissing()
      throws Exception {
    String sport = unique("pages_resume");
    String eventId = unique("ev");
    pushOdds(
        hub, oddsEvent(eventId, sport, "Leeds", "Hull", "2030-05-01T12:00:00Z", 1.8, 3.5, 4.5));
    try (Chromium browser = Chromium.start()) {
      openConnected(browser, "/odds.html?sport=" + sport);
      awaitBest(browser, eventId, "Leeds", "1.80");

      int port = hub.base().getPort();
      hub.close();
      browser.await(WAIT, d -> browser.connection().equals("connected") ? null : true);
      String away = browser.connection();
      assertTrue(List.of("reconnecting", "polling").contains(away), away);
      browser.screenshot("resume-hub-down");

      // written meanwhile through another node of the cluster, while this page's node is down
      try (PayaraMicro other = PayaraMicro.boot("pages-other", TestSettings.redisUrl(), SETTINGS)) {
        pushOdds(
            other,
            oddsEvent(eventId, sport, "Leeds", "Hull", "2030-05-01T12:01:00Z", 1.9, 3.5, 4.2));
        pushOdds(
            other,
            oddsEvent(eventId, sport, "Leeds", "Hull", "2030-05-01T12:02:00Z", 2.0, 3.4, 4.0));
      }
      assertEquals("reconnecting", browser.connection());

      hub = PayaraMicro.boot("pages-again", TestSettings.redisUrl(), SETTINGS, port);
      browser.awaitConnection(60, "connected");
      awaitBest(browser, eventId, "Leeds", "2.00");
      awaitBest(browser, eventId, "Hull", "4.00");
      Object resumed =
          browser.script(
              "const s = window.hub.subscriptions.get(arguments[0]);"
                  + " return s.state + ' ' + s.seq + ' ' + s.recovered;",
              "odds:" + sport);
      assertEquals(
          "subscribed 3 true",
          resumed,
          "one snapshot, then the two updates replayed after since, each seen once");
      browser.screenshot("resume-hub-back");
    }
  }
}

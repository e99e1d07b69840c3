package com.sportshub.odds.control.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.odds.entity.EventStatus;
import com.sportshub.odds.entity.FeedEvent;
import com.sportshub.odds.entity.InvalidFeed;
import com.sportshub.odds.entity.MarketType;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OddsApiFormatTest {

  private static final String EVENT =
      """
      {"id":"e1","sport_key":"soccer_epl","sport_title":"EPL",
       "commence_time":"2026-11-22T15:00:00Z","home_team":"Arsenal","away_team":"Chelsea",
       "bookmakers":[{"key":"bet365","title":"Bet365","last_update":"2026-11-22T12:00:00Z",
         "markets":[{"key":"%s","outcomes":[%s]}]}]}""";

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  private static List<FeedEvent> read(String format, String market, String outcomes) {
    return OddsApiFormat.of(format).read(json(EVENT.formatted(market, outcomes)));
  }

  private static String fieldRefused(String market, String outcomes) {
    return assertThrows(InvalidFeed.class, () -> read("decimal", market, outcomes)).field();
  }

  @Test
  void readsTheOddsApiSampleAnswer() throws Exception {
    try (InputStream sample = getClass().getResourceAsStream("/odds-api/soccer_epl-odds.json")) {
      List<FeedEvent> events =
          OddsApiFormat.of("decimal").read(Json.createReader(sample).readValue());

      FeedEvent first = events.get(0);
      assertEquals("soccer_epl", first.sportKey());
      assertNull(first.status(), "The Odds API never says the status");
      assertEquals(MarketType.H2H, first.bookmakers().get(0).markets().get(0).type());
    }
  }

  @Test
  void anObjectIsOneEvent() {
    List<FeedEvent> events =
        read(
            "decimal",
            "h2h",
            "{\"name\":\"Arsenal\",\"price\":2.1},{\"name\":\"Chelsea\",\"price\":3.4}");

    assertEquals(1, events.size());
    assertEquals("Arsenal", events.get(0).homeTeam());
  }

  @Test
  void americanPricesBecomeDecimal() {
    // +150 pays 150 profit on 100 staked: decimal 2.5; -200 needs 200 staked to win 100: 1.5.
    List<FeedEvent> events =
        read("american", "h2h", "{\"name\":\"A\",\"price\":150},{\"name\":\"B\",\"price\":-200}");

    var outcomes = events.get(0).bookmakers().get(0).markets().get(0).outcomes();
    assertEquals(0, new BigDecimal("2.5").compareTo(outcomes.get(0).price()));
    assertEquals(0, new BigDecimal("1.5").compareTo(outcomes.get(1).price()));
  }

  @Test
  void anAmericanPriceBetweenMinusAndPlusOneHundredIsRefused() {
    InvalidFeed refused =
        assertThrows(
            InvalidFeed.class,
            () ->
                read(
                    "american",
                    "h2h",
                    "{\"name\":\"A\",\"price\":50},{\"name\":\"B\",\"price\":-200}"));

    assertEquals("bookmakers[0].markets[0].outcomes[0].price", refused.field());
  }

  @Test
  void totalsNeedTheirPoint() {
    assertEquals(
        "bookmakers[0].markets[0].outcomes[1].point",
        fieldRefused(
            "totals",
            "{\"name\":\"Over\",\"price\":1.9,\"point\":2.5},{\"name\":\"Under\",\"price\":1.9}"));
  }

  @Test
  void headToHeadHasNoPoint() {
    assertEquals(
        "bookmakers[0].markets[0].outcomes[0].point",
        fieldRefused(
            "h2h", "{\"name\":\"A\",\"price\":1.9,\"point\":2.5},{\"name\":\"B\",\"price\":1.9}"));
  }

  @Test
  void anOutcomeNamedTwiceInOneMarketIsRefused() {
    assertEquals(
        "bookmakers[0].markets[0].outcomes[1].name",
        fieldRefused("h2h", "{\"name\":\"A\",\"price\":1.9},{\"name\":\"A\",\"price\":2.0}"));
  }

  @Test
  void aMarketWithOneOutcomeIsRefused() {
    assertEquals(
        "bookmakers[0].markets[0].outcomes", fieldRefused("h2h", "{\"name\":\"A\",\"price\":1.9}"));
  }

  @Test
  void aPriceWithMoreThanFourDecimalPlacesIsRefused() {
    assertEquals(
        "bookmakers[0].markets[0].outcomes[0].price",
        fieldRefused("h2h", "{\"name\":\"A\",\"price\":1.90001},{\"name\":\"B\",\"price\":2}"));
  }

  @Test
  void anIdOutsideTheChannelAlphabetIsRefused() {
    InvalidFeed refused =
        assertThrows(
            InvalidFeed.class,
            () ->
                OddsApiFormat.of("decimal")
                    .read(json(EVENT.replace("\"e1\"", "\"e 1\"").formatted("h2h", ""))));

    assertEquals("id", refused.field());
  }

  private static final String TWO_OUTCOMES =
      "{\"name\":\"Arsenal\",\"price\":2.1},{\"name\":\"Chelsea\",\"price\":3.4}";

  @Test
  void idsKeepToSixtyFourCharactersOfTheChannelAlphabet() {
    String longest = "Az09_.-".repeat(9) + "x";
    for (String id : List.of(longest, "a", "Z.9-_")) {
      String feed = EVENT.replace("\"e1\"", "\"" + id + "\"").formatted("h2h", TWO_OUTCOMES);
      assertEquals(id, OddsApiFormat.of("decimal").read(json(feed)).get(0).id());
    }
    for (String id : List.of(longest + "y", "", "caf\u00e9", "a/b", "a:b")) {
      String feed = EVENT.replace("\"e1\"", "\"" + id + "\"").formatted("h2h", "");
      InvalidFeed refused =
          assertThrows(InvalidFeed.class, () -> OddsApiFormat.of("decimal").read(json(feed)), id);
      assertEquals("id", refused.field(), id);
    }
  }

  @Test
  void theStatusExtensionIsRead() {
    FeedEvent event =
        OddsApiFormat.of("decimal")
            .read(
                json(
                    "{\"id\":\"e1\",\"sport_key\":\"s\",\"commence_time\":\"2026-11-22T15:00:00Z\","
                        + "\"home_team\":\"A\",\"away_team\":\"B\",\"status\":\"suspended\"}"))
            .get(0);

    assertEquals(EventStatus.SUSPENDED, event.status());
  }

  @Test
  void aRefusalInABatchNamesTheEventByItsPlaceInTheArray() {
    String good =
        EVENT.formatted("h2h", "{\"name\":\"A\",\"price\":2},{\"name\":\"B\",\"price\":2}");
    String bad =
        EVENT.formatted("h2h", "{\"name\":\"A\",\"price\":2},{\"name\":\"B\",\"price\":0.5}");
    InvalidFeed refused =
        assertThrows(
            InvalidFeed.class,
            () -> OddsApiFormat.of("decimal").read(json("[" + good + "," + bad + "]")));

    assertEquals("[1].bookmakers[0].markets[0].outcomes[1].price", refused.field());
  }

  @Test
  void aBatchThatIsNotEventsIsRefusedAsTheBody() {
    InvalidFeed refused =
        assertThrows(InvalidFeed.class, () -> OddsApiFormat.of("decimal").read(json("[1]")));

    assertEquals("[0]", refused.field());
  }

  @Test
  void anUnknownOddsFormatIsRefused() {
    assertEquals(
        "oddsFormat", assertThrows(InvalidFeed.class, () -> OddsApiFormat.of("roman")).field());
  }
}

package com.sportshub.ws.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.racing.events.FollowerNotified;
import com.sportshub.racing.events.RacePricesChanged;
import com.sportshub.racing.events.RaceStatus;
import com.sportshub.racing.events.RaceStatusChanged;
import com.sportshub.racing.events.RunnerWithdrawn;
import com.sportshub.racing.query.DeductionsView;
import com.sportshub.racing.query.PlacingView;
import com.sportshub.racing.query.RaceCard;
import com.sportshub.racing.query.RaceJson;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.ResultView;
import com.sportshub.racing.query.RunnerView;
import com.sportshub.racing.query.WithdrawalView;
import com.sportshub.ws.broker.JsonText;
import com.sportshub.ws.hub.DeltaMerge;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RacingDeltasTest {

  private static final Instant OFF = Instant.parse("2026-03-10T13:30:00Z");

  private static RaceSummary race(String status) {
    return new RaceSummary("r1", "m1", "Cheltenham", 3, "Hartley Handicap", OFF, status, OFF, true);
  }

  private static RunnerView runner(int cloth, String horse, String price, String fractional) {
    return new RunnerView(
        cloth,
        horse,
        "A Jockey",
        "A Trainer",
        cloth,
        161,
        "11-7",
        "RUNNER",
        price == null ? null : new BigDecimal(price),
        fractional,
        null,
        OFF,
        null,
        null);
  }

  private static JsonObject json(String text) {
    return JsonText.JSON.createReader(new StringReader(text)).readObject();
  }

  /**
   * What alice, following Silver Arrow (1), is told when the race weighs in with these placings.
   */
  private static JsonObject weighedInNote(PlacingView... placings) {
    ResultView result = new ResultView(1, false, true, false, false, OFF, List.of(placings));
    return json(
        RacingDeltas.notification(
            new FollowerNotified(
                UUID.randomUUID(),
                "alice",
                FollowerNotified.Reason.WEIGHED_IN,
                race("WEIGHED_IN"),
                List.of(runner(1, "Silver Arrow", "3.5", "5/2")),
                result,
                OFF)));
  }

  private static String card() {
    return RaceJson.card(
        new RaceCard(
            race("DORMANT"),
            4023,
            "2m4f",
            "Class 2",
            3,
            null,
            false,
            "UK",
            List.of(
                runner(1, "Silver Arrow", "3.5000", "5/2"), runner(2, "Iron Comet", "5", "4/1")),
            new DeductionsView(BigDecimal.ZERO, BigDecimal.ZERO),
            List.of(),
            null));
  }

  @Test
  void aPriceDeltaMergesIntoTheCardByClothLeavingTheRestAsItWas() {
    String delta =
        RacingDeltas.prices(
            new RacePricesChanged(
                UUID.randomUUID(),
                race("DORMANT"),
                List.of(runner(1, "Silver Arrow", "3", "2/1")),
                OFF));

    JsonObject merged = json(DeltaMerge.merge(card(), delta));

    JsonObject first = merged.getJsonArray("runners").getJsonObject(0);
    assertEquals("2/1", first.getString("fractional"));
    assertEquals(3, first.getInt("price"));
    assertEquals("11-7", first.getString("weight"));
    assertEquals("4/1", merged.getJsonArray("runners").getJsonObject(1).getString("fractional"));
  }

  @Test
  void aNonRunnerDeltaCarriesThePlacesTheRaceNowPays() {
    RunnerView withdrawn =
        new RunnerView(
            2,
            "Iron Comet",
            null,
            null,
            null,
            null,
            null,
            "NON_RUNNER",
            null,
            null,
            null,
            null,
            null,
            new WithdrawalView(OFF, new BigDecimal("5"), new BigDecimal("0.15"), null));
    String delta =
        RacingDeltas.withdrawn(
            new RunnerWithdrawn(
                UUID.randomUUID(),
                race("DORMANT"),
                withdrawn,
                new DeductionsView(new BigDecimal("0.15"), BigDecimal.ZERO),
                2,
                OFF));

    JsonObject merged = json(DeltaMerge.merge(card(), delta));

    assertEquals("non_runner", json(delta).getString("change"));
    assertEquals(2, merged.getInt("placesPaid"), "the card held 3 places");
    assertEquals("NON_RUNNER", merged.getJsonArray("runners").getJsonObject(1).getString("status"));
  }

  @Test
  void aStatusDeltaSaysWhatChangedAndFromWhere() {
    JsonObject delta =
        json(
            RacingDeltas.status(
                new RaceStatusChanged(
                    UUID.randomUUID(),
                    race("OFF"),
                    RaceStatus.UNDER_ORDERS,
                    "UNDER_WAY",
                    null,
                    OFF)));

    assertEquals("status", delta.getString("change"));
    assertEquals("OFF", delta.getString("status"));
    assertEquals("UNDER_ORDERS", delta.getString("previousStatus"));
  }

  @Test
  void aWeighedInNotificationNamesTheWinnerAndTheFollowedRunnersPlace() {
    JsonObject note =
        weighedInNote(
            new PlacingView(1, 2, "Iron Comet", null, new BigDecimal("5"), null, null, null),
            new PlacingView(2, 1, "Silver Arrow", "nk", new BigDecimal("3.5"), null, null, null));

    assertEquals(
        "The 13:30 at Cheltenham has weighed in: won by Iron Comet (2)", note.getString("message"));
    assertEquals(2, note.getJsonArray("runners").getJsonObject(0).getInt("position"));
    assertTrue(note.getJsonObject("result").getBoolean("official"));
  }

  @Test
  void aWeighedInNotificationNamesEveryHorseInADeadHeatForFirst() {
    JsonObject note =
        weighedInNote(
            new PlacingView(1, 2, "Iron Comet", null, null, null, null, null),
            new PlacingView(1, 1, "Silver Arrow", "dh", null, null, null, null));

    assertEquals(
        "The 13:30 at Cheltenham has weighed in: a dead heat between Iron Comet (2) and Silver"
            + " Arrow (1)",
        note.getString("message"));
    assertEquals(1, note.getJsonArray("runners").getJsonObject(0).getInt("position"));
  }
}

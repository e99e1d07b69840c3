package com.sportshub.racing.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RaceJsonTest {

  private static final Instant OFF = Instant.parse("2026-03-10T13:30:00Z");

  /** What only the socket writes: keys to merge deltas by, and a price's other notations. */
  private static final Set<String> SOCKET_ONLY = Set.of("key", "fractional", "american");

  private static final PriceShown DECIMAL =
      new PriceShown() {
        @Override
        public boolean decimal() {
          return true;
        }

        @Override
        public String show(BigDecimal decimal) {
          return decimal.toPlainString();
        }
      };

  private static final PriceShown AS_TEXT =
      new PriceShown() {
        @Override
        public boolean decimal() {
          return false;
        }

        @Override
        public String show(BigDecimal decimal) {
          return "~" + decimal.toPlainString();
        }
      };

  private static RunnerView runner(int cloth, String horse, String price) {
    return new RunnerView(
        cloth,
        horse,
        "A Jockey",
        null,
        cloth,
        161,
        "11-7",
        "RUNNER",
        new BigDecimal(price),
        "5/2",
        "+250",
        OFF,
        new BigDecimal(price),
        null);
  }

  /** A weighed-in race with a non-runner, a pool and a dead heat: every part of a card. */
  static RaceCard card() {
    RunnerView withdrawn =
        new RunnerView(
            3,
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
            new WithdrawalView(OFF, new BigDecimal("5.00"), new BigDecimal("0.15"), null));
    return new RaceCard(
        new RaceSummary(
            "r1", "m1", "Cheltenham", 3, "Hartley Handicap", OFF, "WEIGHED_IN", OFF, false),
        4023,
        "2m4f",
        "Class 2",
        3,
        "alice",
        true,
        "UK",
        List.of(runner(1, "Silver Arrow", "3.5000"), runner(2, "Gold Leaf", "6"), withdrawn),
        new DeductionsView(new BigDecimal("0.15"), BigDecimal.ZERO),
        List.of(
            new PoolView(
                "WIN",
                new BigDecimal("1200.00"),
                OFF,
                List.of(new DividendView(1, new BigDecimal("2.40"))))),
        new ResultView(
            1,
            false,
            true,
            true,
            false,
            OFF,
            List.of(
                new PlacingView(
                    1,
                    1,
                    "Silver Arrow",
                    null,
                    new BigDecimal("3.5"),
                    new BigDecimal("2.40"),
                    null,
                    new DeadHeatView(2, "1/2", null)),
                new PlacingView(1, 2, "Gold Leaf", "dh", new BigDecimal("6"), null, null, null))));
  }

  @Test
  void restAndTheSocketSnapshotWriteTheSameCardButForTheSocketsKeysAndNotations() {
    JsonObject socket = Json.createReader(new StringReader(RaceJson.card(card()))).readObject();

    JsonObject rest = RaceJson.card(card(), DECIMAL);

    assertEquals(withoutSocketOnly(socket), rest);
  }

  @Test
  void restShowsFixedOddsInTheAskedNotationButDividendsAsMoney() {
    JsonObject rest = RaceJson.card(card(), AS_TEXT);

    JsonObject first = rest.getJsonArray("runners").getJsonObject(0);
    assertEquals("~3.5000", first.getString("price"));
    assertEquals("~3.5000", first.getString("startingPrice"));
    assertEquals(
        "~5.00",
        rest.getJsonArray("runners")
            .getJsonObject(2)
            .getJsonObject("withdrawal")
            .getString("price"));
    assertEquals(
        new BigDecimal("2.4"),
        rest.getJsonArray("pools")
            .getJsonObject(0)
            .getJsonArray("dividends")
            .getJsonObject(0)
            .getJsonNumber("dividend")
            .bigDecimalValue());
    assertFalse(first.containsKey("key"));
  }

  @Test
  void theSocketKeysRunnersPoolsAndPlacings() {
    JsonObject socket = Json.createReader(new StringReader(RaceJson.card(card()))).readObject();

    assertEquals("1", socket.getJsonArray("runners").getJsonObject(0).getString("key"));
    assertEquals("WIN", socket.getJsonArray("pools").getJsonObject(0).getString("key"));
    assertEquals(
        "2",
        socket.getJsonObject("result").getJsonArray("placings").getJsonObject(1).getString("key"));
  }

  static JsonValue withoutSocketOnly(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        JsonObjectBuilder o = Json.createObjectBuilder();
        value
            .asJsonObject()
            .forEach(
                (name, member) -> {
                  if (!SOCKET_ONLY.contains(name)) {
                    o.add(name, withoutSocketOnly(member));
                  }
                });
        yield o.build();
      }
      case ARRAY -> {
        JsonArrayBuilder a = Json.createArrayBuilder();
        value.asJsonArray().forEach(element -> a.add(withoutSocketOnly(element)));
        yield a.build();
      }
      default -> value;
    };
  }
}

package com.sportshub.matches.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CommandJsonTest {

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void readsACommandWithItsEvent() {
    MatchCommand c =
        CommandJson.read(
            "m1",
            json(
                "{\"command\":\"add_event\",\"clientId\":\"c-1\",\"event\":{\"type\":\"goal\","
                    + "\"side\":\"home\",\"player\":\"Saka\",\"minute\":23}}"));
    assertEquals("m1", c.matchId());
    assertEquals("add_event", c.command());
    assertEquals(new EventInput("goal", "home", "Saka", null, 23, null, null, null), c.event());
  }

  @Test
  void theMatchIdOfTheMessageWins() {
    assertEquals("m9", CommandJson.read("m1", json("{\"matchId\":\"m9\"}")).matchId());
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedNamingItsField() {
    InvalidCommand refused =
        assertThrows(
            InvalidCommand.class,
            () -> CommandJson.read("m1", json("{\"event\":{\"minute\":\"ten\"}}")));
    assertEquals("event.minute", refused.field());
    assertEquals(
        "kickoff",
        assertThrows(
                InvalidCommand.class, () -> CommandJson.read("m1", json("{\"kickoff\":\"soon\"}")))
            .field());
  }

  @Test
  void writesWhatItReads() {
    String text =
        "{\"matchId\":\"m1\",\"command\":\"statistics\",\"clientId\":\"c-2\","
            + "\"statistics\":{\"home\":{\"possession\":55,\"shots\":4}}}";
    MatchCommand read = CommandJson.read(null, json(text));
    assertEquals(read, CommandJson.read(null, json(CommandJson.write(read))));
  }
}

package com.sportshub.matches.control.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sportshub.matches.commands.EventInput;
import com.sportshub.matches.commands.MatchCommand;
import com.sportshub.matches.commands.StatisticsInput;
import com.sportshub.matches.entity.InvalidMatchInput;
import com.sportshub.matches.entity.MatchCommandType;
import com.sportshub.matches.entity.MatchEventType;
import com.sportshub.matches.entity.Side;
import com.sportshub.matches.entity.Winner;
import org.junit.jupiter.api.Test;

class CommandReaderTest {

  private static MatchCommand command(String name, EventInput event) {
    return new MatchCommand("m1", name, "c-1", null, null, event, null, null, null, null);
  }

  private static String refusedField(MatchCommand command) {
    return assertThrows(InvalidMatchInput.class, () -> CommandReader.read(command)).field();
  }

  @Test
  void readsAGoalWithTheCommandsMinuteWhenTheEventHasNone() {
    MatchCommand goal =
        new MatchCommand(
            "m1",
            "add_event",
            "c-1",
            23,
            null,
            new EventInput("goal", "HOME", "Saka", null, null, null, null, null),
            null,
            null,
            null,
            null);
    Order order = CommandReader.read(goal);
    assertEquals(MatchCommandType.ADD_EVENT, order.type());
    assertEquals(MatchEventType.GOAL, order.facts().type());
    assertEquals(Side.HOME, order.facts().side());
    assertEquals(23, order.facts().minute());
  }

  @Test
  void anUnknownCommandIsRefused() {
    assertEquals("command", refusedField(command("kick_off_twice", null)));
  }

  @Test
  void aCommandNeedsAClientId() {
    assertEquals(
        "clientId",
        refusedField(
            new MatchCommand("m1", "start", null, null, null, null, null, null, null, null)));
  }

  @Test
  void anEventNeedsAKnownTypeAndASide() {
    assertEquals(
        "event.type",
        refusedField(
            command(
                "add_event", new EventInput("dive", "home", null, null, null, null, null, null))));
    assertEquals(
        "event.side",
        refusedField(
            command(
                "add_event", new EventInput("goal", "left", null, null, null, null, null, null))));
  }

  @Test
  void aCorrectionMayNameOnlyWhatChanges() {
    MatchCommand fix =
        new MatchCommand(
            "m1",
            "correct_event",
            "c-2",
            null,
            null,
            new EventInput(null, null, "Martinelli", null, null, null, null, null),
            "e-9",
            null,
            null,
            null);
    Order order = CommandReader.read(fix);
    assertNull(order.facts().type());
    assertEquals("Martinelli", order.facts().player());
    assertEquals("e-9", order.eventId());
  }

  @Test
  void anAwardNamesTheWinningSide() {
    MatchCommand award =
        new MatchCommand("m1", "award", "c-3", null, null, null, null, "away", null, null);
    assertEquals(Winner.AWAY_TEAM, CommandReader.read(award).awardTo());
    assertEquals(
        "winner",
        refusedField(
            new MatchCommand("m1", "award", "c-3", null, null, null, null, "both", null, null)));
  }

  @Test
  void possessionAbove100IsRefused() {
    MatchCommand stats =
        new MatchCommand(
            "m1",
            "statistics",
            "c-4",
            null,
            null,
            null,
            null,
            null,
            null,
            new StatisticsInput(new StatisticsInput.TeamCounts(101, 3, 1, 2, 5), null));
    assertEquals("statistics.home.possession", refusedField(stats));
  }
}

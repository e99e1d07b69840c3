package com.sportshub.matches.control.play;

import static com.sportshub.matches.entity.MatchCommandType.*;
import static com.sportshub.matches.entity.MatchPhase.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.matches.entity.IllegalMatchMove;
import com.sportshub.matches.entity.MatchCommandType;
import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.MatchStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchLifecycleTest {

  // Written out again here, move by move, so that a slip in the production table shows up.
  // SUSPEND and AWARD moves are listed separately below.
  private static final List<String> MOVES =
      List.of(
          "PRE_MATCH start FIRST_HALF",
          "PRE_MATCH postpone POSTPONED",
          "PRE_MATCH reschedule PRE_MATCH",
          "PRE_MATCH cancel CANCELLED",
          "FIRST_HALF pause HALF_TIME",
          "HALF_TIME resume SECOND_HALF",
          "SECOND_HALF end FULL_TIME",
          "SECOND_HALF pause BEFORE_EXTRA_TIME",
          "SECOND_HALF penalties PENALTY_SHOOTOUT",
          "BEFORE_EXTRA_TIME resume EXTRA_TIME_FIRST_HALF",
          "BEFORE_EXTRA_TIME end FULL_TIME",
          "BEFORE_EXTRA_TIME penalties PENALTY_SHOOTOUT",
          "EXTRA_TIME_FIRST_HALF pause EXTRA_TIME_HALF_TIME",
          "EXTRA_TIME_HALF_TIME resume EXTRA_TIME_SECOND_HALF",
          "EXTRA_TIME_SECOND_HALF end FULL_TIME",
          "EXTRA_TIME_SECOND_HALF penalties PENALTY_SHOOTOUT",
          "PENALTY_SHOOTOUT end FULL_TIME",
          "SUSPENDED cancel CANCELLED",
          "POSTPONED reschedule PRE_MATCH",
          "POSTPONED cancel CANCELLED");

  private static final List<MatchPhase> SUSPENDABLE =
      List.of(
          FIRST_HALF,
          HALF_TIME,
          SECOND_HALF,
          BEFORE_EXTRA_TIME,
          EXTRA_TIME_FIRST_HALF,
          EXTRA_TIME_HALF_TIME,
          EXTRA_TIME_SECOND_HALF,
          PENALTY_SHOOTOUT);

  private static boolean allowed(MatchPhase from, MatchCommandType command) {
    if (command == AWARD) {
      return from != CANCELLED && from != AWARDED;
    }
    if (command == SUSPEND) {
      return SUSPENDABLE.contains(from);
    }
    if (from == SUSPENDED && command == RESUME) {
      return true;
    }
    return MOVES.stream().anyMatch(m -> m.startsWith(from + " " + command.wireName() + " "));
  }

  @Test
  void everyListedMoveLeadsWhereTheRulesSay() {
    for (String move : MOVES) {
      String[] parts = move.split(" ");
      MatchPhase to =
          MatchLifecycle.next(
              MatchPhase.valueOf(parts[0]),
              MatchCommandType.named(parts[1]).orElseThrow(),
              null,
              true);
      assertEquals(MatchPhase.valueOf(parts[2]), to, move);
    }
  }

  @Test
  void everyMoveNotListedIsRefused() {
    List<String> wronglyAllowed = new ArrayList<>();
    for (MatchPhase from : MatchPhase.values()) {
      for (MatchCommandType command : MatchCommandType.values()) {
        if (!command.moves() || allowed(from, command)) {
          continue;
        }
        try {
          MatchLifecycle.next(from, command, FIRST_HALF, true);
          wronglyAllowed.add(from + " " + command);
        } catch (IllegalMatchMove expected) {
          // refused, as it should be
        }
      }
    }
    assertEquals(List.of(), wronglyAllowed);
  }

  @Test
  void aSuspendedMatchResumesInThePhaseItWasSuspendedIn() {
    assertEquals(SECOND_HALF, MatchLifecycle.next(SUSPENDED, RESUME, SECOND_HALF, true));
    assertEquals(HALF_TIME, MatchLifecycle.next(SUSPENDED, RESUME, HALF_TIME, true));
  }

  @Test
  void aMatchCanBeSuspendedInEveryPhaseOfPlayAndAwardedFromAnyButTheFinalOnes() {
    for (MatchPhase phase : SUSPENDABLE) {
      assertEquals(SUSPENDED, MatchLifecycle.next(phase, SUSPEND, null, true), phase.name());
    }
    for (MatchPhase phase : MatchPhase.values()) {
      if (phase != CANCELLED && phase != AWARDED) {
        assertEquals(AWARDED, MatchLifecycle.next(phase, AWARD, FIRST_HALF, true), phase.name());
      }
    }
  }

  @Test
  void resumingInTheFirstHalfIsRefusedWithTheCommandsAndStatusesThatAreAllowed() {
    IllegalMatchMove refused =
        assertThrows(
            IllegalMatchMove.class, () -> MatchLifecycle.next(FIRST_HALF, RESUME, null, true));

    assertEquals(MatchStatus.IN_PLAY, refused.status());
    assertEquals(
        List.of(PAUSE, SUSPEND, AWARD, ADD_EVENT, CORRECT_EVENT, STATISTICS),
        refused.allowedCommands());
    // pause -> PAUSED, suspend -> SUSPENDED, award -> AWARDED
    assertEquals(
        List.of(MatchStatus.PAUSED, MatchStatus.SUSPENDED, MatchStatus.AWARDED),
        refused.allowedStatuses());
  }

  @Test
  void cancelledAndAwardedMatchesAreFinal() {
    assertTrue(MatchLifecycle.isFinal(CANCELLED));
    assertTrue(MatchLifecycle.isFinal(AWARDED));
    assertEquals(List.of(), MatchLifecycle.allowedStatuses(CANCELLED, null, true));
  }

  @Test
  void eventsCanBeAddedFromKickOffToTheEndOfTheShootOutOnly() {
    for (MatchPhase phase : MatchPhase.values()) {
      boolean open = SUSPENDABLE.contains(phase);
      assertEquals(open, MatchLifecycle.allowedCommands(phase).contains(ADD_EVENT), phase.name());
    }
  }

  @Test
  void aFinishedMatchTakesCorrectionsAndStatisticsButNoNewEvents() {
    assertThrows(
        IllegalMatchMove.class,
        () -> MatchLifecycle.checkRecording(FULL_TIME, ADD_EVENT, null, true));
    MatchLifecycle.checkRecording(FULL_TIME, CORRECT_EVENT, null, true);
    MatchLifecycle.checkRecording(FULL_TIME, STATISTICS, null, true);
  }

  @Test
  void aMatchWithoutAKickOffTimeIsScheduledAndOneWithATimeIsTimed() {
    assertEquals(MatchStatus.SCHEDULED, PRE_MATCH.status(false));
    assertEquals(MatchStatus.TIMED, PRE_MATCH.status(true));
  }
}

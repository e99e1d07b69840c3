package com.sportshub.matches.control.play;

import static com.sportshub.matches.entity.MatchCommandType.*;
import static com.sportshub.matches.entity.MatchPhase.*;

import com.sportshub.matches.entity.IllegalMatchMove;
import com.sportshub.matches.entity.MatchCommandType;
import com.sportshub.matches.entity.MatchPhase;
import com.sportshub.matches.entity.MatchStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The moves a match can make, and which commands each phase takes.
 *
 * <ul>
 *   <li>PRE_MATCH: start (FIRST_HALF), postpone, reschedule (a new kick-off), cancel, award.
 *   <li>FIRST_HALF: pause (HALF_TIME). HALF_TIME: resume (SECOND_HALF).
 *   <li>SECOND_HALF: end (FULL_TIME), pause (BEFORE_EXTRA_TIME), penalties (straight to a
 *       shoot-out, as some cups play). BEFORE_EXTRA_TIME: resume (EXTRA_TIME_FIRST_HALF), end,
 *       penalties.
 *   <li>EXTRA_TIME_FIRST_HALF: pause (EXTRA_TIME_HALF_TIME), which resume ends
 *       (EXTRA_TIME_SECOND_HALF); that one: end or penalties. PENALTY_SHOOTOUT: end.
 *   <li>Every phase from kick-off to the end of the shoot-out may be suspended; a suspended match
 *       resumes where it stood, or is cancelled or awarded. An abandoned match that is replayed is
 *       a new fixture, so a suspended match is never postponed.
 *   <li>POSTPONED: reschedule (back to PRE_MATCH), cancel, award.
 *   <li>Award (a result decided off the pitch) is open to every phase but CANCELLED and AWARDED,
 *       FULL_TIME included (a result overturned later). CANCELLED and AWARDED are final.
 * </ul>
 *
 * Events may be added from kick-off to the end of the shoot-out, breaks included (a card at half
 * time); corrected in every phase after kick-off but a cancellation; statistics recorded from
 * kick-off on, full time included.
 */
public final class MatchLifecycle {

  private static final Map<MatchPhase, Map<MatchCommandType, MatchPhase>> MOVES =
      new EnumMap<>(MatchPhase.class);

  /** Stands for "where the match stood" as the target of resuming a suspension. */
  private static final MatchPhase WHERE_IT_STOOD = SUSPENDED;

  private static final Set<MatchPhase> UNDERWAY =
      EnumSet.of(
          FIRST_HALF,
          HALF_TIME,
          SECOND_HALF,
          BEFORE_EXTRA_TIME,
          EXTRA_TIME_FIRST_HALF,
          EXTRA_TIME_HALF_TIME,
          EXTRA_TIME_SECOND_HALF,
          PENALTY_SHOOTOUT);

  static {
    for (MatchPhase phase : MatchPhase.values()) {
      MOVES.put(phase, new EnumMap<>(MatchCommandType.class));
    }
    move(PRE_MATCH, START, FIRST_HALF);
    move(PRE_MATCH, POSTPONE, POSTPONED);
    move(PRE_MATCH, RESCHEDULE, PRE_MATCH);
    move(PRE_MATCH, CANCEL, CANCELLED);
    move(FIRST_HALF, PAUSE, HALF_TIME);
    move(HALF_TIME, RESUME, SECOND_HALF);
    move(SECOND_HALF, END, FULL_TIME);
    move(SECOND_HALF, PAUSE, BEFORE_EXTRA_TIME);
    move(SECOND_HALF, PENALTIES, PENALTY_SHOOTOUT);
    move(BEFORE_EXTRA_TIME, RESUME, EXTRA_TIME_FIRST_HALF);
    move(BEFORE_EXTRA_TIME, END, FULL_TIME);
    move(BEFORE_EXTRA_TIME, PENALTIES, PENALTY_SHOOTOUT);
    move(EXTRA_TIME_FIRST_HALF, PAUSE, EXTRA_TIME_HALF_TIME);
    move(EXTRA_TIME_HALF_TIME, RESUME, EXTRA_TIME_SECOND_HALF);
    move(EXTRA_TIME_SECOND_HALF, END, FULL_TIME);
    move(EXTRA_TIME_SECOND_HALF, PENALTIES, PENALTY_SHOOTOUT);
    move(PENALTY_SHOOTOUT, END, FULL_TIME);
    UNDERWAY.forEach(phase -> move(phase, SUSPEND, SUSPENDED));
    move(SUSPENDED, RESUME, WHERE_IT_STOOD);
    move(SUSPENDED, CANCEL, CANCELLED);
    move(POSTPONED, RESCHEDULE, PRE_MATCH);
    move(POSTPONED, CANCEL, CANCELLED);
    for (MatchPhase phase : MatchPhase.values()) {
      if (phase != CANCELLED && phase != AWARDED) {
        move(phase, AWARD, AWARDED);
      }
    }
  }

  private MatchLifecycle() {}

  private static void move(MatchPhase from, MatchCommandType command, MatchPhase to) {
    MOVES.get(from).put(command, to);
  }

  /** The commands a match in {@code phase} takes, moves and records alike, in declared order. */
  public static List<MatchCommandType> allowedCommands(MatchPhase phase) {
    Set<MatchCommandType> allowed = EnumSet.noneOf(MatchCommandType.class);
    allowed.addAll(MOVES.get(phase).keySet());
    if (UNDERWAY.contains(phase)) {
      allowed.add(ADD_EVENT);
    }
    if (phase != PRE_MATCH && phase != CANCELLED && phase != POSTPONED) {
      allowed.add(CORRECT_EVENT);
    }
    if (UNDERWAY.contains(phase) || phase == FULL_TIME || phase == SUSPENDED) {
      allowed.add(STATISTICS);
    }
    return List.copyOf(allowed);
  }

  /**
   * The statuses a match in {@code phase} can move to with one command, in declared order. A
   * suspended match resumes to the status of {@code suspendedFrom}.
   */
  public static List<MatchStatus> allowedStatuses(
      MatchPhase phase, MatchPhase suspendedFrom, boolean kickoffKnown) {
    Set<MatchStatus> statuses = EnumSet.noneOf(MatchStatus.class);
    MOVES
        .get(phase)
        .forEach(
            (command, to) -> {
              MatchPhase target = to == WHERE_IT_STOOD && command == RESUME ? suspendedFrom : to;
              if (target != null) {
                statuses.add(target.status(kickoffKnown || command == RESCHEDULE));
              }
            });
    return new ArrayList<>(statuses);
  }

  /**
   * The phase {@code command} moves a match in {@code phase} to.
   *
   * @throws IllegalMatchMove when the phase does not take the command, listing what it takes
   */
  public static MatchPhase next(
      MatchPhase phase, MatchCommandType command, MatchPhase suspendedFrom, boolean kickoffKnown) {
    MatchPhase to = MOVES.get(phase).get(command);
    if (to == null || (to == WHERE_IT_STOOD && command == RESUME && suspendedFrom == null)) {
      throw refusal(phase, command, suspendedFrom, kickoffKnown);
    }
    return to == WHERE_IT_STOOD && command == RESUME ? suspendedFrom : to;
  }

  /**
   * Checks that a match in {@code phase} takes {@code command}, a recording one (add_event,
   * correct_event, statistics).
   *
   * @throws IllegalMatchMove when it does not
   */
  public static void checkRecording(
      MatchPhase phase, MatchCommandType command, MatchPhase suspendedFrom, boolean kickoffKnown) {
    if (!allowedCommands(phase).contains(command)) {
      throw refusal(phase, command, suspendedFrom, kickoffKnown);
    }
  }

  /** Whether nothing can follow the phase. */
  public static boolean isFinal(MatchPhase phase) {
    return MOVES.get(phase).isEmpty();
  }

  private static IllegalMatchMove refusal(
      MatchPhase phase, MatchCommandType command, MatchPhase suspendedFrom, boolean kickoffKnown) {
    MatchStatus status = phase.status(kickoffKnown);
    List<MatchCommandType> commands = allowedCommands(phase);
    List<MatchStatus> statuses = allowedStatuses(phase, suspendedFrom, kickoffKnown);
    return new IllegalMatchMove(
        "a match in "
            + phase.wireName()
            + " ("
            + status
            + ") cannot take "
            + command.wireName()
            + "; it takes "
            + Collections.unmodifiableList(
                commands.stream().map(MatchCommandType::wireName).toList()),
        status,
        phase,
        commands,
        statuses);
  }
}

package com.sportshub.racing.control;

import static com.sportshub.racing.events.RaceStatus.*;

import com.sportshub.racing.events.RaceStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The moves a race can make on the day, as British and Irish racing has them.
 *
 * <ul>
 *   <li>Before the off: DORMANT → DELAYED, PARADING, GOING_DOWN (races with no parade), ABANDONED.
 *       PARADING → GOING_DOWN; GOING_DOWN → AT_THE_POST; AT_THE_POST → UNDER_ORDERS; UNDER_ORDERS →
 *       OFF. Each of these can also be DELAYED or ABANDONED; a delay ends by resuming at any
 *       pre-off stage (PARADING, GOING_DOWN, AT_THE_POST, UNDER_ORDERS) or in abandonment.
 *   <li>The start: OFF → FINISHED, FALSE_START (field recalled), VOID (race stopped in running).
 *       FALSE_START → UNDER_ORDERS (restarted at once), AT_THE_POST (runners re-loaded), RERUN (run
 *       later), VOID (the field ran on, as in the 1993 Grand National), ABANDONED (a false start is
 *       not a start, so the race may still be called off). RERUN → DELAYED, PARADING, GOING_DOWN,
 *       AT_THE_POST, ABANDONED.
 *   <li>After the post: FINISHED → PHOTOGRAPH, RESULT, STEWARDS_ENQUIRY. PHOTOGRAPH → RESULT,
 *       STEWARDS_ENQUIRY. RESULT → STEWARDS_ENQUIRY, WEIGHED_IN. STEWARDS_ENQUIRY → RESULT
 *       (placings stand or are amended and announced again) or VOID (the stewards void the race).
 *       The enquiry is a state, not a flag: it is announced on its own and may come before the
 *       judge's placings. WEIGHED_IN is reached only from RESULT, so there is always a result to
 *       settle.
 *   <li>WEIGHED_IN, VOID and ABANDONED are final: after "weighed in" a later disqualification does
 *       not change bets, and a void or abandoned race is not revived (running it again makes a new
 *       race).
 * </ul>
 */
public final class RaceLifecycle {

  private static final Map<RaceStatus, Set<RaceStatus>> NEXT = new EnumMap<>(RaceStatus.class);

  static {
    allow(DORMANT, DELAYED, PARADING, GOING_DOWN, ABANDONED);
    allow(DELAYED, PARADING, GOING_DOWN, AT_THE_POST, UNDER_ORDERS, ABANDONED);
    allow(PARADING, GOING_DOWN, DELAYED, ABANDONED);
    allow(GOING_DOWN, AT_THE_POST, DELAYED, ABANDONED);
    allow(AT_THE_POST, UNDER_ORDERS, DELAYED, ABANDONED);
    allow(UNDER_ORDERS, OFF, DELAYED, ABANDONED);
    allow(OFF, FINISHED, FALSE_START, VOID);
    allow(FALSE_START, UNDER_ORDERS, AT_THE_POST, RERUN, VOID, ABANDONED);
    allow(RERUN, DELAYED, PARADING, GOING_DOWN, AT_THE_POST, ABANDONED);
    allow(FINISHED, PHOTOGRAPH, RESULT, STEWARDS_ENQUIRY);
    allow(PHOTOGRAPH, RESULT, STEWARDS_ENQUIRY);
    allow(RESULT, STEWARDS_ENQUIRY, WEIGHED_IN);
    allow(STEWARDS_ENQUIRY, RESULT, VOID);
    allow(WEIGHED_IN);
    allow(VOID);
    allow(ABANDONED);
  }

  private static final Set<RaceStatus> BEFORE_THE_OFF =
      EnumSet.of(DORMANT, DELAYED, PARADING, GOING_DOWN, AT_THE_POST, UNDER_ORDERS);

  private static final Set<RaceStatus> RESULT_OPEN =
      EnumSet.of(FINISHED, PHOTOGRAPH, RESULT, STEWARDS_ENQUIRY);

  private RaceLifecycle() {}

  private static void allow(RaceStatus from, RaceStatus... to) {
    Set<RaceStatus> next = EnumSet.noneOf(RaceStatus.class);
    Collections.addAll(next, to);
    NEXT.put(from, Collections.unmodifiableSet(next));
  }

  /** The states a race in {@code from} may move to next; empty for a final state. */
  public static Set<RaceStatus> allowedFrom(RaceStatus from) {
    return NEXT.get(Objects.requireNonNull(from, "from"));
  }

  /** Whether the race may move from {@code from} to {@code to}. */
  public static boolean canMove(RaceStatus from, RaceStatus to) {
    return allowedFrom(from).contains(Objects.requireNonNull(to, "to"));
  }

  /** Whether nothing can follow this state. */
  public static boolean isFinal(RaceStatus status) {
    return allowedFrom(status).isEmpty();
  }

  /**
   * Whether prices may still be taken. Betting closes at OFF and stays closed in every state after
   * it, including FALSE_START and RERUN. It depends on the state alone: a recalled race that is
   * back UNDER_ORDERS takes prices again, because the start that counts for betting is the one that
   * stands.
   */
  public static boolean bettingOpen(RaceStatus status) {
    return BEFORE_THE_OFF.contains(Objects.requireNonNull(status, "status"));
  }

  /**
   * Whether a result may be written or amended: from FINISHED (first past the post) through
   * PHOTOGRAPH, RESULT and STEWARDS_ENQUIRY. Never at or after WEIGHED_IN, and never for a race
   * that has not finished or was voided or abandoned.
   */
  public static boolean resultAmendable(RaceStatus status) {
    return RESULT_OPEN.contains(Objects.requireNonNull(status, "status"));
  }
}

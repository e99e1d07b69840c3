package com.sportshub.racing.events;

/**
 * Where a race is on the day, as British and Irish race-status feeds announce it. Which moves are
 * possible is {@code RaceLifecycle}'s business; here each state only says what it means.
 */
public enum RaceStatus {
  /** Declared on the card; nothing has happened yet. */
  DORMANT,
  /** The off is put back (loose horse, stalls trouble, weather); it resumes where it stopped. */
  DELAYED,
  /** The runners are in the parade ring or parading in front of the stands. */
  PARADING,
  /** The runners are cantering down to the start. */
  GOING_DOWN,
  /** The runners have reached the start. */
  AT_THE_POST,
  /** The starter has the field under orders: from here a withdrawn horse is still a runner. */
  UNDER_ORDERS,
  /** The race has started. */
  OFF,
  /** The runners have passed the post; no placings yet. */
  FINISHED,
  /** The judge is calling for the photo-finish print. */
  PHOTOGRAPH,
  /** The judge has announced the placings; they can still change. */
  RESULT,
  /**
   * The stewards are looking into the running (interference, an objection). Kept as a state rather
   * than a flag on RESULT because the issue asks for it as one and because it is announced on its
   * own, can come before or after the judge's placings, and ends in a result or a void race.
   */
  STEWARDS_ENQUIRY,
  /** The "weighed in" signal: the result is official for betting and is settled. */
  WEIGHED_IN,
  /** The start was false and the field recalled; the race has not officially started. */
  FALSE_START,
  /** The race will be run again later (after a false start that could not be restarted at once). */
  RERUN,
  /** The race was started but declared void: bets are refunded. */
  VOID,
  /** The race will not be run (before the off), on its own or with its whole meeting. */
  ABANDONED
}

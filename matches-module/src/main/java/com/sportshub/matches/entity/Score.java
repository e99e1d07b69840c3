package com.sportshub.matches.entity;

/**
 * A match's score, all of it derived from its events.
 *
 * @param current the goals of normal and extra time so far (never the shoot-out); null before
 *     kick-off
 * @param halfTime the goals of the first half, once it is over
 * @param fullTime the final score of play (normal and extra time, not the shoot-out), once the
 *     match is finished
 * @param extraTime the goals scored in extra time alone, once extra time began
 * @param penalties the penalties scored in the shoot-out, once it began
 */
public record Score(
    Goals current, Goals halfTime, Goals fullTime, Goals extraTime, Goals penalties) {

  public static final Score NOT_STARTED = new Score(null, null, null, null, null);
}

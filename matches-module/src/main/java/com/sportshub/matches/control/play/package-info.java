/**
 * The rules of play, in plain Java: the match lifecycle ({@link
 * com.sportshub.matches.control.play.MatchLifecycle}), the match clock, which events may happen
 * when, the score board that counts a score from events, and {@link
 * com.sportshub.matches.control.play.MatchReferee}, which applies a checked command to a match.
 */
package com.sportshub.matches.control.play;

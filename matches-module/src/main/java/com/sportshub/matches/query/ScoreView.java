package com.sportshub.matches.query;

/**
 * A match's score: {@code current} (normal and extra time so far; null before kick-off), {@code
 * halfTime} once the first half is over, {@code fullTime} (the final score of play, without the
 * shoot-out) once finished, {@code extraTime} (goals in extra time alone) and {@code penalties}
 * (the shoot-out) once they began. Each is null until then.
 */
public record ScoreView(
    ScoreLine current,
    ScoreLine halfTime,
    ScoreLine fullTime,
    ScoreLine extraTime,
    ScoreLine penalties) {}

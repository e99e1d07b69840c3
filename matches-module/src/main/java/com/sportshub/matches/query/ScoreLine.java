package com.sportshub.matches.query;

/** Goals of the home and the away team. */
public record ScoreLine(int home, int away) {}

package com.sportshub.matches.query;

/** A competition, its points rule and tie-break rule set, and the season its channel shows. */
public record CompetitionView(
    String code,
    String name,
    int pointsWin,
    int pointsDraw,
    int pointsLoss,
    String tieBreak,
    String currentSeason) {}

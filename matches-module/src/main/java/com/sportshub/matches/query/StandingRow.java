package com.sportshub.matches.query;

/** One team's line of a table; {@code form} is the last five results, oldest first ("WWDLW"). */
public record StandingRow(
    int position,
    String team,
    int played,
    int won,
    int drawn,
    int lost,
    int goalsFor,
    int goalsAgainst,
    int goalDifference,
    int points,
    int pointsDeducted,
    String form) {}

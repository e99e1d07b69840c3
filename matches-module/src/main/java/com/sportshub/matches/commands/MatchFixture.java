package com.sportshub.matches.commands;

import java.time.Instant;

/**
 * What a match is before it is played: its id, competition code, season label ({@code 2025-26}),
 * matchday and kick-off (either may be null when unknown) and the two teams' names.
 */
public record MatchFixture(
    String matchId,
    String competition,
    String season,
    Integer matchday,
    Instant kickoff,
    String homeTeam,
    String awayTeam) {}

package com.sportshub.odds.query;

import java.time.Instant;

/** An event as readers see it; {@code status} is scheduled, live, suspended or closed. */
public record EventView(
    String eventId,
    String sportKey,
    String homeTeam,
    String awayTeam,
    Instant commenceTime,
    String status) {}

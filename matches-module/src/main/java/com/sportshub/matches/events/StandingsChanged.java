package com.sportshub.matches.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The current table of a competition changed other than through a match (an import, a points
 * deduction, new rules). {@code season} is the season label.
 */
public record StandingsChanged(
    UUID changeId, String competition, String season, Instant occurredAt) {}

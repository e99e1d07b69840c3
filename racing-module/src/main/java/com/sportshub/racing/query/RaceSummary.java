package com.sportshub.racing.query;

import java.time.Instant;

/**
 * A race in a line: which meeting and course, its number and name, when it is off, and where it
 * stands ({@code status} a race state's name; {@code bettingOpen} false from the off on).
 */
public record RaceSummary(
    String raceId,
    String meetingId,
    String course,
    int number,
    String name,
    Instant offTime,
    String status,
    Instant statusAt,
    boolean bettingOpen) {}

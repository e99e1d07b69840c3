package com.sportshub.racing.events;

import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.ResultView;
import java.time.Instant;
import java.util.UUID;

/**
 * A race moved to a new state ({@code race.status()}) from {@code previousStatus} (null when the
 * race was just added to its meeting). {@code meetingStatus} is its meeting's status after the
 * move; {@code result} is the official result when the move weighed it in, else null.
 */
public record RaceStatusChanged(
    UUID changeId,
    RaceSummary race,
    RaceStatus previousStatus,
    String meetingStatus,
    ResultView result,
    Instant occurredAt) {}

package com.sportshub.racing.boundary;

import java.time.Instant;

/**
 * What the race-day simulator is doing: {@code status} running or stopped, its tick in
 * milliseconds, when it last ran, the meetings of its day and the races not yet weighed in, and the
 * steps and prices it has written since start-up.
 */
public record SimulatorStatus(
    String status,
    boolean running,
    long tickMillis,
    Instant lastRun,
    int meetings,
    int racesLeft,
    long steps,
    long prices,
    String lastError) {}

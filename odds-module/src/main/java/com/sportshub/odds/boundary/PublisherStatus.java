package com.sportshub.odds.boundary;

import java.time.Instant;

/**
 * What the odds publisher is doing: {@code status} running or stopped, its feed and that feed's
 * state, the interval in milliseconds, when it last ran, and what it has published since start-up.
 */
public record PublisherStatus(
    String status,
    String feed,
    String feedState,
    long interval,
    boolean isPublishing,
    Instant lastRun,
    long eventsPublished,
    long pricesPublished,
    String lastError) {}

package com.sportshub.odds.control.feed;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A polled feed's state for health checks and dashboards: its status, when it was last polled, when
 * it will be next ({@code nextPoll} is empty once {@link FeedStatus#FAILED}), how many polls in a
 * row failed, the last failure, and the quota left as last reported.
 */
public record FeedState(
    FeedStatus status,
    Optional<Instant> lastPoll,
    Optional<Instant> nextPoll,
    int consecutiveFailures,
    Optional<String> lastError,
    OptionalInt requestsRemaining) {}

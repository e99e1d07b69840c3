package com.sportshub.matches.query;

import java.time.Instant;

/**
 * How a feed's synchronisation stands: {@code state} ok, failing, stopped (refused credentials),
 * running or idle (the simulator); its last attempt and success, last error, failures in a row and
 * the matches it has updated.
 */
public record FeedStatusView(
    String feed,
    String state,
    Instant lastAttempt,
    Instant lastSuccess,
    String lastError,
    int consecutiveFailures,
    long matchesUpdated) {}

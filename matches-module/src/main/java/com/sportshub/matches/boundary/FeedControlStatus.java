package com.sportshub.matches.boundary;

import java.time.Instant;

/**
 * One score feed as this node runs it: its state ({@code stopped} when an operator stopped it,
 * otherwise the poller's own: {@code idle} before its first poll, {@code ok}, {@code failing}),
 * whether it is polled, and its last poll's time and error (null when none or when it went well).
 */
public record FeedControlStatus(
    String feed, String state, boolean running, Instant lastPoll, String lastError) {}

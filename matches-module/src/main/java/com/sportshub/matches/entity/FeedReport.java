package com.sportshub.matches.entity;

import java.time.Instant;

/**
 * What one poll of a feed came to: the feed's state after it, when, the error (null on success) and
 * how many matches it changed.
 */
public record FeedReport(String feed, String state, Instant at, String error, int matchesUpdated) {}

package com.sportshub.matches.events;

import java.time.Instant;
import java.util.UUID;

/** A feed's sync state changed (say from ok to failing): the system status is worth re-sending. */
public record FeedStatusChanged(UUID changeId, String feed, String state, Instant occurredAt) {}

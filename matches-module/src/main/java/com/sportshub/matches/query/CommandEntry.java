package com.sportshub.matches.query;

import java.time.Instant;

/** A command in a match's log: its client id, name, who gave it, when, and what it said. */
public record CommandEntry(
    String clientId,
    String command,
    String issuedBy,
    String roles,
    Instant receivedAt,
    String phaseAfter,
    String eventId,
    String payload) {}

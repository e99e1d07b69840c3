package com.sportshub.matches.query;

import java.time.Instant;

/**
 * An event of a match as readers see it, in recorded order ({@code seq}). {@code disallowed} marks
 * a goal a VAR decision took off the score; {@code corrected} an event rewritten since.
 */
public record MatchEventView(
    String eventId,
    int seq,
    String type,
    String side,
    String phase,
    Integer minute,
    Integer stoppage,
    String player,
    String relatedPlayer,
    String detail,
    String refersTo,
    boolean disallowed,
    boolean corrected,
    String source,
    Instant recordedAt) {}

package com.sportshub.matches.boundary;

import java.time.Instant;
import java.util.List;

/**
 * What the match simulator is doing: running or stopped, its competition, the real time of one
 * simulated minute, matches at once, when it last ticked, commands applied and refused since
 * start-up, the last refusal, and the matches it is playing or has scheduled.
 */
public record SimulatorStatus(
    String status,
    String competition,
    long minuteMillis,
    int matchesAtOnce,
    Instant lastTick,
    long commandsApplied,
    long commandsRefused,
    String lastError,
    List<String> matches) {}

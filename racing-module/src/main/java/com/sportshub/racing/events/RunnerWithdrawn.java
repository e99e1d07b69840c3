package com.sportshub.racing.events;

import com.sportshub.racing.query.DeductionsView;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.RunnerView;
import java.time.Instant;
import java.util.UUID;

/**
 * A runner became a non-runner: the runner with the terms of its withdrawal, what all of the race's
 * non-runners now deduct together, and the places the race now pays (one fewer runner can cost a
 * place: 8 to 7 runners pays 2 instead of 3).
 */
public record RunnerWithdrawn(
    UUID changeId,
    RaceSummary race,
    RunnerView runner,
    DeductionsView deductions,
    int placesPaid,
    Instant occurredAt) {}

package com.sportshub.racing.events;

import com.sportshub.racing.query.DeductionsView;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.RunnerView;
import java.time.Instant;
import java.util.UUID;

/**
 * A runner became a non-runner: the runner with the terms of its withdrawal, and what all of the
 * race's non-runners now deduct together.
 */
public record RunnerWithdrawn(
    UUID changeId,
    RaceSummary race,
    RunnerView runner,
    DeductionsView deductions,
    Instant occurredAt) {}

package com.sportshub.racing.events;

import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.ResultView;
import java.time.Instant;
import java.util.UUID;

/** A result was declared, or amended ({@code result.amended()}), before it was weighed in. */
public record ResultDeclared(
    UUID changeId, RaceSummary race, ResultView result, Instant occurredAt) {}

package com.sportshub.racing.commands;

import java.time.LocalDate;

/**
 * A meeting as a writer declares it. {@code country} is an ISO 3166 alpha-2 code; {@code tote}
 * (null to take the country's) names the {@link ToteConvention}.
 */
public record MeetingDraft(
    String meetingId,
    String course,
    LocalDate date,
    String country,
    String going,
    ToteConvention tote) {}

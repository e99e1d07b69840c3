package com.sportshub.racing.commands;

/** A news item as the newsroom writes it; it may concern a meeting and a race, or neither. */
public record NewsDraft(String headline, String body, String meetingId, String raceId) {}

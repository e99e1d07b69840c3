package com.sportshub.racing.query;

import java.time.Instant;

/** A published news item; {@code meetingId} and {@code raceId} are null when it is general. */
public record NewsView(
    String newsId,
    String meetingId,
    String raceId,
    String headline,
    String body,
    String author,
    Instant publishedAt) {}

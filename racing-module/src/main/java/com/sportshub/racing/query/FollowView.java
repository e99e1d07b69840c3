package com.sportshub.racing.query;

import java.time.Instant;

/** What a user follows: a race ({@code cloth} null) or one runner in it. */
public record FollowView(String subject, String raceId, Integer cloth, Instant followedAt) {}

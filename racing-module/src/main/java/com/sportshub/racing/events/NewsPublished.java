package com.sportshub.racing.events;

import com.sportshub.racing.query.NewsView;
import java.time.Instant;
import java.util.UUID;

/** The newsroom published an item. */
public record NewsPublished(UUID changeId, NewsView news, Instant occurredAt) {}

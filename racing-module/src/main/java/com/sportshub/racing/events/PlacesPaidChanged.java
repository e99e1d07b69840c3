package com.sportshub.racing.events;

import com.sportshub.racing.query.PlaceTermsView;
import com.sportshub.racing.query.RaceSummary;
import java.time.Instant;
import java.util.UUID;

/** A publisher fixed a race's places, or let them follow the runners again. */
public record PlacesPaidChanged(
    UUID changeId, RaceSummary race, PlaceTermsView terms, Instant occurredAt) {}

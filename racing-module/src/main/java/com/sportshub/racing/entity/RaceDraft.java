package com.sportshub.racing.entity;

import java.time.Instant;

/** A race as a writer adds it to a meeting's card. */
public record RaceDraft(
    String raceId,
    int number,
    String name,
    Instant offTime,
    int distanceMetres,
    String raceClass,
    int placesPaid) {}

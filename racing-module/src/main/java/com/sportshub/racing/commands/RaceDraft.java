package com.sportshub.racing.commands;

import java.time.Instant;

/**
 * A race as a writer adds it to a meeting's card. {@code placesPaid} is left null for the places to
 * follow the runners that run; a number fixes them (where a race's terms differ). {@code handicap}
 * null means not a handicap.
 */
public record RaceDraft(
    String raceId,
    int number,
    String name,
    Instant offTime,
    int distanceMetres,
    String raceClass,
    Integer placesPaid,
    Boolean handicap) {}

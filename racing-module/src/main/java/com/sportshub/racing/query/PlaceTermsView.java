package com.sportshub.racing.query;

/**
 * The places a race pays now, and who fixed them ({@code fixedBy} null while they follow the
 * runners that run).
 */
public record PlaceTermsView(String raceId, int placesPaid, String fixedBy) {}

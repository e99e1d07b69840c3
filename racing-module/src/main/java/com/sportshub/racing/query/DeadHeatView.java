package com.sportshub.racing.query;

/**
 * A finisher's dead heat: how many horses share its position, and the fraction of a fixed-odds
 * stake the dead-heat rule settles at full odds for the win and for the place part of an each-way
 * bet ("1/2", "1", "0" where the dead heat falls outside the places paid; {@code win} null when it
 * is not for first).
 */
public record DeadHeatView(int sharing, String winStake, String placeStake) {}

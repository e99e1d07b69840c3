package com.sportshub.racing.commands;

/**
 * One finisher of a declared result, in finishing order, with the distance to the one before.
 * {@code position} is null for the next place in the order; a dead heat gives the horses sharing a
 * place the same position (1, 1, 3).
 */
public record PlacingDraft(int cloth, Integer position, String distance) {}

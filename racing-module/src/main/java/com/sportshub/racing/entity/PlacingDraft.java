package com.sportshub.racing.entity;

/** One finisher of a declared result, in finishing order, with the distance to the one before. */
public record PlacingDraft(int cloth, String distance) {}

package com.sportshub.matches.query;

/** A team as readers see it. */
public record TeamView(String teamId, String name, String shortName) {}

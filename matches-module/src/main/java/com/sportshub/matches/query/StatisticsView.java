package com.sportshub.matches.query;

/** Both teams' statistics. */
public record StatisticsView(TeamStatisticsView home, TeamStatisticsView away) {}

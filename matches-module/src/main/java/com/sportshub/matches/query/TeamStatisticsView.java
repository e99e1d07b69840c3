package com.sportshub.matches.query;

/**
 * One team's statistics: the reported counts (null when not reported) and the cards counted from
 * the events (a second yellow counts as a yellow and a red).
 */
public record TeamStatisticsView(
    Integer possession,
    Integer shots,
    Integer shotsOnTarget,
    Integer corners,
    Integer fouls,
    int yellowCards,
    int redCards) {}

package com.sportshub.matches.entity;

/**
 * A team's match statistics as reported; any may be null (not reported). Possession is a per cent
 * from 0 to 100, the rest are counts.
 */
public record StatisticsCounts(
    Integer possession, Integer shots, Integer shotsOnTarget, Integer corners, Integer fouls) {

  public static final StatisticsCounts NONE = new StatisticsCounts(null, null, null, null, null);
}

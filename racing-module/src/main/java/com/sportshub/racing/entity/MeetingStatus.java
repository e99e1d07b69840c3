package com.sportshub.racing.entity;

/**
 * Where a meeting is on its day, from the states of its races: nothing off yet, racing under way,
 * every race over, or called off as a whole.
 */
public enum MeetingStatus {
  SCHEDULED,
  UNDER_WAY,
  COMPLETED,
  ABANDONED
}

package com.sportshub.matches.control;

import java.util.function.ToIntFunction;

/** A number by which tie-break rules compare teams; more is always better. */
enum Measure {
  POINTS(TeamRecord::points),
  GOAL_DIFFERENCE(TeamRecord::goalDifference),
  GOALS_FOR(TeamRecord::goalsFor),
  AWAY_GOALS(TeamRecord::awayGoals),
  WINS(TeamRecord::won),
  AWAY_WINS(TeamRecord::awayWins);

  private final ToIntFunction<TeamRecord> reading;

  Measure(ToIntFunction<TeamRecord> reading) {
    this.reading = reading;
  }

  int of(TeamRecord record) {
    return reading.applyAsInt(record);
  }
}

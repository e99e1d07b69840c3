package com.sportshub.matches.entity;

/** Who won a decided match, named as football-data.org v4 does. */
public enum Winner {
  HOME_TEAM,
  AWAY_TEAM,
  DRAW;

  public static Winner of(Side side) {
    return side == Side.HOME ? HOME_TEAM : AWAY_TEAM;
  }
}

package com.sportshub.matches.entity;

/** Which matches a table counts: all of them, only home matches, or only away matches. */
public enum TableType {
  TOTAL,
  HOME,
  AWAY
}

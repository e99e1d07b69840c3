package com.sportshub.racing.commands;

/** The tote pools a race carries here: win, and place over the race's places paid. */
public enum PoolType {
  WIN,
  PLACE
}

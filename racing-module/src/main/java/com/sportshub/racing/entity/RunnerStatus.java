package com.sportshub.racing.entity;

/** Whether a declared horse still runs. A non-runner keeps its place on the card, withdrawn. */
public enum RunnerStatus {
  RUNNER,
  NON_RUNNER
}

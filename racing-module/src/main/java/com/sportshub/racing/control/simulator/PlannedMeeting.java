package com.sportshub.racing.control.simulator;

import com.sportshub.racing.commands.MeetingDraft;
import java.util.List;

/** A simulated meeting: its card and its races, in order. */
public record PlannedMeeting(MeetingDraft meeting, List<SimulatedRace> races) {

  public PlannedMeeting {
    races = List.copyOf(races);
  }
}

package com.sportshub.racing.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting with its races in order of the off. {@code tote} is the convention its pools are
 * declared by (UK, US, AUS); {@code status} SCHEDULED, UNDER_WAY, COMPLETED or ABANDONED.
 */
public record MeetingView(
    String meetingId,
    String course,
    LocalDate date,
    String country,
    String going,
    String tote,
    String status,
    List<RaceSummary> races) {

  public MeetingView {
    races = List.copyOf(races);
  }
}

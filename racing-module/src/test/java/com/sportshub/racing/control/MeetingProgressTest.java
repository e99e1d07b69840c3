package com.sportshub.racing.control;

import static com.sportshub.racing.events.RaceStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.racing.entity.MeetingStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingProgressTest {

  @Test
  void aMeetingWithNothingOffIsScheduled() {
    assertEquals(
        MeetingStatus.SCHEDULED,
        MeetingProgress.of(MeetingStatus.SCHEDULED, List.of(DORMANT, PARADING, ABANDONED)));
  }

  @Test
  void aMeetingIsUnderWayOnceARaceIsOff() {
    assertEquals(
        MeetingStatus.UNDER_WAY,
        MeetingProgress.of(MeetingStatus.SCHEDULED, List.of(OFF, DORMANT)));
  }

  @Test
  void aMeetingIsCompletedWhenEveryRaceIsOver() {
    assertEquals(
        MeetingStatus.COMPLETED,
        MeetingProgress.of(MeetingStatus.UNDER_WAY, List.of(WEIGHED_IN, VOID, ABANDONED)));
  }

  @Test
  void aMeetingWhoseRacesWereAllCalledOffIsAbandoned() {
    assertEquals(
        MeetingStatus.ABANDONED,
        MeetingProgress.of(MeetingStatus.SCHEDULED, List.of(ABANDONED, ABANDONED)));
  }

  @Test
  void anAbandonedMeetingStaysAbandoned() {
    assertEquals(
        MeetingStatus.ABANDONED, MeetingProgress.of(MeetingStatus.ABANDONED, List.of(WEIGHED_IN)));
  }
}

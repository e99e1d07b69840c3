package com.sportshub.racing.control;

import static com.sportshub.racing.events.RaceStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.racing.events.RaceStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeetingAbandonmentTest {

  @Test
  void abandonsOnlyTheRacesNotYetRun() {
    Map<Integer, RaceStatus> meeting = new LinkedHashMap<>();
    meeting.put(1, WEIGHED_IN);
    meeting.put(2, STEWARDS_ENQUIRY);
    meeting.put(3, OFF);
    meeting.put(4, FALSE_START);
    meeting.put(5, UNDER_ORDERS);
    meeting.put(6, DELAYED);
    meeting.put(7, DORMANT);
    meeting.put(8, VOID);

    assertEquals(List.of(4, 5, 6, 7), MeetingAbandonment.racesToAbandon(meeting));
  }

  @Test
  void abandonsNothingOnceEveryRaceIsOver() {
    Map<String, RaceStatus> meeting = Map.of("a", WEIGHED_IN, "b", ABANDONED, "c", VOID);

    assertEquals(List.of(), MeetingAbandonment.racesToAbandon(meeting));
  }
}

package com.sportshub.racing.control;

import com.sportshub.racing.events.RaceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which races a meeting-wide abandonment (waterlogged course, fog, a stewards' decision after
 * racing became unsafe) moves to ABANDONED: exactly those that have not been run, i.e. whose
 * current state may move to ABANDONED. A race in running is left to end as FINISHED or VOID by its
 * own transition; races already past the post go on to their result; final races stay as they are.
 */
public final class MeetingAbandonment {

  private MeetingAbandonment() {}

  /**
   * The races to abandon, in the iteration order of {@code statusByRace} (pass a {@link
   * java.util.LinkedHashMap} or {@link java.util.TreeMap} keyed by race for a stable order).
   */
  public static <K> List<K> racesToAbandon(Map<K, RaceStatus> statusByRace) {
    List<K> abandoned = new ArrayList<>();
    statusByRace.forEach(
        (race, status) -> {
          if (RaceLifecycle.canMove(status, RaceStatus.ABANDONED)) {
            abandoned.add(race);
          }
        });
    return List.copyOf(abandoned);
  }
}

package com.sportshub.racing.control;

import com.sportshub.racing.entity.MeetingStatus;
import com.sportshub.racing.events.RaceStatus;
import java.util.Collection;

/**
 * A meeting's status from its races'. Abandoned when it was abandoned as a whole or every race was;
 * completed when every race reached a final state (some run, some perhaps voided or called off);
 * under way once any race has gone to post and beyond the off; scheduled before that.
 */
public final class MeetingProgress {

  private MeetingProgress() {}

  public static MeetingStatus of(MeetingStatus held, Collection<RaceStatus> races) {
    if (held == MeetingStatus.ABANDONED) {
      return held;
    }
    if (races.isEmpty()) {
      return MeetingStatus.SCHEDULED;
    }
    if (races.stream().allMatch(s -> s == RaceStatus.ABANDONED)) {
      return MeetingStatus.ABANDONED;
    }
    if (races.stream().allMatch(RaceLifecycle::isFinal)) {
      return MeetingStatus.COMPLETED;
    }
    boolean started =
        races.stream().anyMatch(s -> s != RaceStatus.ABANDONED && !RaceLifecycle.bettingOpen(s));
    return started ? MeetingStatus.UNDER_WAY : MeetingStatus.SCHEDULED;
  }
}

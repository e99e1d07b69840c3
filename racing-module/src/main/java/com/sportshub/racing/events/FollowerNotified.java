package com.sportshub.racing.events;

import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.ResultView;
import com.sportshub.racing.query.RunnerView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something a user follows happened, for the {@code reason} given. {@code runners} are the runners
 * of the race the user follows (empty when they follow the race only); {@code result} is set for a
 * weighed-in result.
 */
public record FollowerNotified(
    UUID changeId,
    String subject,
    Reason reason,
    RaceSummary race,
    List<RunnerView> runners,
    ResultView result,
    Instant occurredAt) {

  /** Why a follower hears of a race; clients read it as {@link #wireName()}. */
  public enum Reason {
    RACE_OFF("race_off"),
    WEIGHED_IN("result_weighed_in");

    private final String wireName;

    Reason(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  public FollowerNotified {
    runners = List.copyOf(runners);
  }
}

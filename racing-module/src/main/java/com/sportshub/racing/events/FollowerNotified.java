package com.sportshub.racing.events;

import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.ResultView;
import com.sportshub.racing.query.RunnerView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something a user follows happened: {@code reason} is {@code race_off} or {@code
 * result_weighed_in}. {@code runners} are the runners of the race the user follows (empty when they
 * follow the race only); {@code result} is set for a weighed-in result.
 */
public record FollowerNotified(
    UUID changeId,
    String subject,
    String reason,
    RaceSummary race,
    List<RunnerView> runners,
    ResultView result,
    Instant occurredAt) {

  public static final String RACE_OFF = "race_off";
  public static final String WEIGHED_IN = "result_weighed_in";

  public FollowerNotified {
    runners = List.copyOf(runners);
  }
}

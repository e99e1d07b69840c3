package com.sportshub.racing.boundary;

import com.sportshub.racing.control.FollowStore;
import com.sportshub.racing.control.RacingViews;
import com.sportshub.racing.entity.Follow;
import com.sportshub.racing.entity.Runner;
import com.sportshub.racing.events.FollowerNotified;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.ResultView;
import com.sportshub.racing.query.RunnerView;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Tells the followers of a race what happened: one {@link FollowerNotified} per user, however many
 * of its runners they follow, naming those runners. Runs inside the caller's transaction.
 */
@Dependent
public class FollowerAlerts {

  @Inject FollowStore follows;
  @Inject Event<FollowerNotified> notified;

  void tell(
      FollowerNotified.Reason reason,
      RaceSummary race,
      List<Runner> field,
      ResultView result,
      Instant now) {
    Map<String, List<RunnerView>> bySubject = new TreeMap<>();
    for (Follow follow : follows.ofRace(race.raceId())) {
      List<RunnerView> followed =
          bySubject.computeIfAbsent(follow.subject(), s -> new ArrayList<>());
      field.stream()
          .filter(r -> r.cloth() == follow.cloth())
          .findFirst()
          .ifPresent(r -> followed.add(RacingViews.of(r)));
    }
    bySubject.forEach(
        (subject, runners) ->
            notified.fire(
                new FollowerNotified(
                    UUID.randomUUID(), subject, reason, race, runners, result, now)));
  }
}

package com.sportshub.racing.boundary;

import com.sportshub.racing.control.FollowStore;
import com.sportshub.racing.control.RaceStore;
import com.sportshub.racing.control.RacingViews;
import com.sportshub.racing.control.RunnerStore;
import com.sportshub.racing.entity.Follow;
import com.sportshub.racing.entity.InvalidRacingInput;
import com.sportshub.racing.entity.UnknownRacingId;
import com.sportshub.racing.query.FollowView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Users following races and runners, by their token's subject. Following twice is following once;
 * the followers hear at the off and at the weigh-in ({@link FollowerAlerts}).
 */
@Stateless
public class Follows {

  @Inject FollowStore follows;
  @Inject RaceStore races;
  @Inject RunnerStore runners;

  /** Follows the race, or one runner in it when {@code cloth} is set. */
  public FollowView follow(String subject, String raceId, Integer cloth) {
    check(subject, raceId, cloth);
    int followed = cloth == null ? Follow.WHOLE_RACE : cloth;
    return RacingViews.of(follows.follow(subject, raceId, followed, Instant.now()));
  }

  /** Stops following; false when it was not followed. */
  public boolean unfollow(String subject, String raceId, Integer cloth) {
    check(subject, raceId, cloth);
    return follows.unfollow(subject, raceId, cloth == null ? Follow.WHOLE_RACE : cloth);
  }

  private void check(String subject, String raceId, Integer cloth) {
    if (subject == null || subject.isBlank() || subject.length() > 128) {
      throw new InvalidRacingInput("subject", "must be 1 to 128 characters");
    }
    if (raceId == null) {
      throw new InvalidRacingInput("raceId", "is required");
    }
    races.find(raceId).orElseThrow(() -> new UnknownRacingId("race", raceId));
    if (cloth != null) {
      runners
          .find(raceId, cloth)
          .orElseThrow(() -> new UnknownRacingId("runner", raceId + "/" + cloth));
    }
  }
}

package com.sportshub.racing.boundary;

import com.sportshub.racing.control.DraftChecks;
import com.sportshub.racing.control.MeetingAbandonment;
import com.sportshub.racing.control.MeetingProgress;
import com.sportshub.racing.control.MeetingStore;
import com.sportshub.racing.control.RaceLifecycle;
import com.sportshub.racing.control.RaceResults;
import com.sportshub.racing.control.RaceStore;
import com.sportshub.racing.control.RacingViews;
import com.sportshub.racing.control.RunnerStore;
import com.sportshub.racing.entity.Meeting;
import com.sportshub.racing.entity.MeetingStatus;
import com.sportshub.racing.entity.Race;
import com.sportshub.racing.entity.RaceTransitionRefused;
import com.sportshub.racing.entity.RacingConflict;
import com.sportshub.racing.entity.Runner;
import com.sportshub.racing.entity.StatusChange;
import com.sportshub.racing.entity.UnknownRacingId;
import com.sportshub.racing.events.FollowerNotified;
import com.sportshub.racing.events.RaceStatus;
import com.sportshub.racing.events.RaceStatusChanged;
import com.sportshub.racing.query.MeetingView;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.ResultView;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves races through their lifecycle and meetings with them. Every move is checked by {@link
 * RaceLifecycle} (409 with the allowed states otherwise), recorded with its time and feed, and
 * announced as a {@link RaceStatusChanged}. At the off the starting prices are fixed; at the
 * weigh-in the dividends are declared. Both tell the race's followers ({@link FollowerAlerts}).
 */
@Stateless
public class RaceProgress {

  @Inject MeetingStore meetings;
  @Inject RaceStore races;
  @Inject RunnerStore runners;
  @Inject RaceResults results;
  @Inject FollowerAlerts followers;
  @Inject Event<RaceStatusChanged> statusChanged;

  public RaceSummary move(String raceId, RaceStatus to, String source) {
    Race race = races.lock(raceId).orElseThrow(() -> new UnknownRacingId("race", raceId));
    RaceStatus from = race.status();
    if (!RaceLifecycle.canMove(from, to)) {
      throw new RaceTransitionRefused(raceId, from, to, RaceLifecycle.allowedFrom(from));
    }
    if (to == RaceStatus.RESULT && race.resultVersion() == 0) {
      throw new RacingConflict(
          "No result", "race " + raceId + " has no result to announce: declare it first");
    }
    Meeting meeting = meetings.lock(race.meetingId()).orElseThrow();
    return apply(race, meeting, to, source, Instant.now());
  }

  /**
   * Abandons the meeting: every race not yet run is ABANDONED; races in running or past the post go
   * on to their own end.
   */
  public MeetingView abandon(String meetingId, String source) {
    DraftChecks.id("meetingId", meetingId);
    meetings.find(meetingId).orElseThrow(() -> new UnknownRacingId("meeting", meetingId));
    // Races before their meeting, as every other write takes them, so two writers never deadlock.
    Map<String, RaceStatus> states = new LinkedHashMap<>();
    races.ofMeetings(List.of(meetingId)).stream()
        .map(Race::id)
        .sorted()
        .forEach(id -> states.put(id, races.lock(id).orElseThrow().status()));
    Meeting meeting = meetings.lock(meetingId).orElseThrow();
    if (meeting.status() == MeetingStatus.ABANDONED) {
      throw new RacingConflict("Meeting abandoned", "meeting " + meetingId + " was abandoned");
    }
    Instant now = Instant.now();
    meeting.moveTo(MeetingStatus.ABANDONED, now);
    for (String raceId : MeetingAbandonment.racesToAbandon(states)) {
      apply(races.find(raceId).orElseThrow(), meeting, RaceStatus.ABANDONED, source, now);
    }
    return RacingViews.of(meeting, races.ofMeetings(List.of(meetingId)));
  }

  private RaceSummary apply(Race race, Meeting meeting, RaceStatus to, String source, Instant now) {
    RaceStatus from = race.moveTo(to, now);
    races.remember(new StatusChange(race.id(), from, to, now, source));
    List<Runner> field = runners.of(race.id());
    if (to == RaceStatus.OFF) {
      field.stream().filter(Runner::running).forEach(r -> r.startAt(r.price()));
    }
    ResultView official = null;
    if (to == RaceStatus.WEIGHED_IN) {
      results.declareDividends(race, meeting, field);
      official = results.current(race, meeting, field).orElseThrow();
    }
    List<RaceStatus> states =
        races.ofMeetings(List.of(meeting.id())).stream().map(Race::status).toList();
    meeting.moveTo(MeetingProgress.of(meeting.status(), states), now);
    RaceSummary summary = RacingViews.of(race, meeting.course());
    statusChanged.fire(
        new RaceStatusChanged(
            UUID.randomUUID(), summary, from, meeting.status().name(), official, now));
    if (to == RaceStatus.OFF) {
      followers.tell(FollowerNotified.Reason.RACE_OFF, summary, field, null, now);
    } else if (to == RaceStatus.WEIGHED_IN) {
      followers.tell(FollowerNotified.Reason.WEIGHED_IN, summary, field, official, now);
    }
    return summary;
  }
}

package com.sportshub.racing.boundary;

import com.sportshub.racing.commands.MeetingDraft;
import com.sportshub.racing.commands.RaceDraft;
import com.sportshub.racing.commands.RunnerDraft;
import com.sportshub.racing.control.DraftChecks;
import com.sportshub.racing.control.MeetingStore;
import com.sportshub.racing.control.PlaceTerms;
import com.sportshub.racing.control.RaceLifecycle;
import com.sportshub.racing.control.RaceStore;
import com.sportshub.racing.control.RacingViews;
import com.sportshub.racing.control.RunnerStore;
import com.sportshub.racing.control.ToteRules;
import com.sportshub.racing.entity.InvalidRacingInput;
import com.sportshub.racing.entity.Meeting;
import com.sportshub.racing.entity.MeetingStatus;
import com.sportshub.racing.entity.Race;
import com.sportshub.racing.entity.RacingConflict;
import com.sportshub.racing.entity.Runner;
import com.sportshub.racing.entity.StatusChange;
import com.sportshub.racing.entity.UnknownRacingId;
import com.sportshub.racing.events.PlacesPaidChanged;
import com.sportshub.racing.events.RaceStatus;
import com.sportshub.racing.events.RaceStatusChanged;
import com.sportshub.racing.events.RunnersDeclared;
import com.sportshub.racing.query.MeetingView;
import com.sportshub.racing.query.PlaceTermsView;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.racing.query.RunnerView;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes race cards: meetings, the races on them, the runners declared for a race, the places a
 * publisher fixes. A new race is announced on its meeting's channel as a {@link RaceStatusChanged}
 * from nothing to DORMANT; declared runners as {@link RunnersDeclared}; fixed places as {@link
 * PlacesPaidChanged}.
 */
@Stateless
public class CardIntake {

  @Inject MeetingStore meetings;
  @Inject RaceStore races;
  @Inject RunnerStore runners;
  @Inject Event<RaceStatusChanged> statusChanged;
  @Inject Event<RunnersDeclared> runnersDeclared;
  @Inject Event<PlacesPaidChanged> placesChanged;

  public MeetingView createMeeting(MeetingDraft draft) {
    DraftChecks.meeting(draft);
    if (meetings.find(draft.meetingId()).isPresent()) {
      throw new RacingConflict("Meeting exists", "meeting " + draft.meetingId() + " exists");
    }
    var convention = draft.tote() != null ? draft.tote() : ToteRules.conventionFor(draft.country());
    Meeting meeting = new Meeting(draft, convention, Instant.now());
    meetings.add(meeting);
    return RacingViews.of(meeting, List.of());
  }

  /** Adds a race; {@code writer} is recorded as having fixed its places if the draft does. */
  public RaceSummary addRace(String meetingId, RaceDraft draft, String writer) {
    Meeting meeting =
        meetings.lock(meetingId).orElseThrow(() -> new UnknownRacingId("meeting", meetingId));
    DraftChecks.race(draft);
    if (meeting.status() == MeetingStatus.ABANDONED) {
      throw new RacingConflict("Meeting abandoned", "meeting " + meetingId + " was abandoned");
    }
    if (races.find(draft.raceId()).isPresent()) {
      throw new RacingConflict("Race exists", "race " + draft.raceId() + " exists");
    }
    if (races.numberTaken(meetingId, draft.number())) {
      throw new InvalidRacingInput("number", "is taken by another race of meeting " + meetingId);
    }
    Instant now = Instant.now();
    Race race = new Race(meetingId, draft, writer, now);
    races.add(race);
    races.remember(new StatusChange(race.id(), null, RaceStatus.DORMANT, now, "card"));
    RaceSummary summary = RacingViews.of(race, meeting.course());
    statusChanged.fire(
        new RaceStatusChanged(
            UUID.randomUUID(), summary, null, meeting.status().name(), null, now));
    return summary;
  }

  /**
   * Fixes the places a race pays ({@code places} null: they follow the runners again), recording
   * {@code writer}; only before the off, since each-way bets are struck on the terms shown.
   */
  public PlaceTermsView fixPlaces(String raceId, Integer places, String writer) {
    Race race = races.lock(raceId).orElseThrow(() -> new UnknownRacingId("race", raceId));
    DraftChecks.places(places);
    if (!RaceLifecycle.bettingOpen(race.status())) {
      throw new RacingConflict("Terms closed", "race " + raceId + " is " + race.status());
    }
    race.fixPlaces(places, writer);
    Meeting meeting = meetings.find(race.meetingId()).orElseThrow();
    PlaceTermsView terms =
        new PlaceTermsView(
            raceId,
            PlaceTerms.of(race, meeting.convention(), runners.of(raceId)),
            race.placesFixedBy());
    placesChanged.fire(
        new PlacesPaidChanged(
            UUID.randomUUID(), RacingViews.of(race, meeting.course()), terms, Instant.now()));
    return terms;
  }

  /** Adds runners to a race's card; only before the off, and each cloth number once. */
  public List<RunnerView> declare(String raceId, List<RunnerDraft> drafts) {
    Race race = races.lock(raceId).orElseThrow(() -> new UnknownRacingId("race", raceId));
    DraftChecks.runners(drafts);
    if (!RaceLifecycle.bettingOpen(race.status())) {
      throw new RacingConflict("Card closed", "race " + raceId + " is " + race.status());
    }
    Set<Integer> taken = new HashSet<>();
    runners.of(raceId).forEach(r -> taken.add(r.cloth()));
    List<RunnerView> added = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      RunnerDraft draft = drafts.get(i);
      if (!taken.add(draft.cloth())) {
        throw new InvalidRacingInput("runners[" + i + "].cloth", "is declared already");
      }
      Runner runner = new Runner(raceId, draft);
      runners.add(runner);
      added.add(RacingViews.of(runner));
    }
    Meeting meeting = meetings.find(race.meetingId()).orElseThrow();
    int places = PlaceTerms.of(race, meeting.convention(), runners.of(raceId));
    runnersDeclared.fire(
        new RunnersDeclared(
            UUID.randomUUID(),
            RacingViews.of(race, meeting.course()),
            added,
            places,
            Instant.now()));
    return added;
  }
}

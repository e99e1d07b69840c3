package com.sportshub.racing.boundary;

import com.sportshub.racing.commands.NewsDraft;
import com.sportshub.racing.control.DraftChecks;
import com.sportshub.racing.control.MeetingStore;
import com.sportshub.racing.control.NewsStore;
import com.sportshub.racing.control.RaceStore;
import com.sportshub.racing.control.RacingViews;
import com.sportshub.racing.entity.InvalidRacingInput;
import com.sportshub.racing.entity.NewsItem;
import com.sportshub.racing.entity.Race;
import com.sportshub.racing.entity.UnknownRacingId;
import com.sportshub.racing.events.NewsPublished;
import com.sportshub.racing.query.NewsView;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * The newsroom: publishes an item, stored with its author and time, as a {@link NewsPublished}. An
 * item about a race belongs to that race's meeting even when the writer names only the race.
 */
@Stateless
public class RacingNews {

  @Inject NewsStore news;
  @Inject MeetingStore meetings;
  @Inject RaceStore races;
  @Inject Event<NewsPublished> published;

  public NewsView publish(NewsDraft draft, String author) {
    DraftChecks.news(draft);
    String meetingId = draft.meetingId();
    if (meetingId != null) {
      DraftChecks.id("meetingId", meetingId);
      meetings.find(meetingId).orElseThrow(() -> new UnknownRacingId("meeting", draft.meetingId()));
    }
    if (draft.raceId() != null) {
      DraftChecks.id("raceId", draft.raceId());
      Race race =
          races.find(draft.raceId()).orElseThrow(() -> new UnknownRacingId("race", draft.raceId()));
      if (meetingId != null && !meetingId.equals(race.meetingId())) {
        throw new InvalidRacingInput("raceId", "is not a race of meeting " + meetingId);
      }
      meetingId = race.meetingId();
    }
    Instant now = Instant.now();
    NewsItem item = new NewsItem(draft, meetingId, author, now);
    news.add(item);
    NewsView view = RacingViews.of(item);
    published.fire(new NewsPublished(UUID.randomUUID(), view, now));
    return view;
  }
}

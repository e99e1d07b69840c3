package com.sportshub.racing.boundary;

import com.sportshub.racing.control.FollowStore;
import com.sportshub.racing.control.MeetingStore;
import com.sportshub.racing.control.NewsStore;
import com.sportshub.racing.control.RaceCards;
import com.sportshub.racing.control.RaceStore;
import com.sportshub.racing.control.RacingViews;
import com.sportshub.racing.control.RunnerStore;
import com.sportshub.racing.entity.Meeting;
import com.sportshub.racing.entity.Race;
import com.sportshub.racing.query.FollowView;
import com.sportshub.racing.query.MeetingView;
import com.sportshub.racing.query.NewsView;
import com.sportshub.racing.query.PricePoint;
import com.sportshub.racing.query.RaceCard;
import com.sportshub.racing.query.RacingQueries;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Answers the racing context's published queries. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RacingReader implements RacingQueries {

  @Inject MeetingStore meetings;
  @Inject RaceStore races;
  @Inject RunnerStore runners;
  @Inject NewsStore news;
  @Inject FollowStore follows;
  @Inject RaceCards cards;

  @Override
  public List<MeetingView> meetingsOn(LocalDate date) {
    List<Meeting> day = meetings.on(date);
    Map<String, List<Race>> byMeeting =
        races.ofMeetings(day.stream().map(Meeting::id).toList()).stream()
            .collect(Collectors.groupingBy(Race::meetingId));
    return day.stream()
        .map(m -> RacingViews.of(m, byMeeting.getOrDefault(m.id(), List.of())))
        .toList();
  }

  @Override
  public Optional<MeetingView> meeting(String meetingId) {
    return meetings
        .find(meetingId)
        .map(m -> RacingViews.of(m, races.ofMeetings(List.of(meetingId))));
  }

  @Override
  public Optional<RaceCard> raceCard(String raceId) {
    return races.find(raceId).map(cards::card);
  }

  @Override
  public Optional<List<PricePoint>> priceHistory(String raceId, int cloth) {
    return runners
        .find(raceId, cloth)
        .map(r -> runners.history(raceId, cloth).stream().map(RacingViews::of).toList());
  }

  @Override
  public List<NewsView> news(String meetingId, int limit) {
    return news.latest(meetingId, limit).stream().map(RacingViews::of).toList();
  }

  @Override
  public List<FollowView> follows(String subject) {
    return follows.ofSubject(subject).stream().map(RacingViews::of).toList();
  }
}

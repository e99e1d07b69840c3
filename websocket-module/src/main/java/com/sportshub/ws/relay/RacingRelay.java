package com.sportshub.ws.relay;

import com.sportshub.racing.events.FollowerNotified;
import com.sportshub.racing.events.NewsPublished;
import com.sportshub.racing.events.PlacesPaidChanged;
import com.sportshub.racing.events.RacePricesChanged;
import com.sportshub.racing.events.RaceStatusChanged;
import com.sportshub.racing.events.ResultDeclared;
import com.sportshub.racing.events.RunnerWithdrawn;
import com.sportshub.racing.events.RunnersDeclared;
import com.sportshub.racing.events.TotePoolsChanged;
import com.sportshub.racing.query.RaceSummary;
import com.sportshub.ws.broker.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Publishes racing's committed changes with the event names of seed 001: {@code race_status} on
 * {@code race:{id}} (every change of the card, never merged, in order) and on {@code
 * racing:meeting:{id}} (status changes); {@code odds_update} on {@code race:{id}} (prices and
 * pools, conflated to the channel's rate, the latest winning); {@code news_update} on {@code news}
 * and the meeting's channel; {@code notification} on {@code user:{subject}}. Observed after success
 * only: a rolled-back write never reaches a client.
 */
@ApplicationScoped
public class RacingRelay {

  static final String RACE_STATUS = "race_status";
  static final String ODDS_UPDATE = "odds_update";
  static final String NEWS_UPDATE = "news_update";
  static final String NOTIFICATION = "notification";

  @Inject ChannelRates channels;

  void onStatus(@Observes(during = TransactionPhase.AFTER_SUCCESS) RaceStatusChanged e) {
    RaceSummary race = e.race();
    channels.publishInOrder(status(race, RacingDeltas.status(e), e.occurredAt()));
    channels.publish(
        new Publication(
            RacingSnapshots.MEETING + race.meetingId(),
            RACE_STATUS,
            MeetingJson.races(race.meetingId(), e.meetingStatus(), List.of(race)),
            e.occurredAt().toEpochMilli()));
  }

  void onRunners(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunnersDeclared e) {
    channels.publishInOrder(status(e.race(), RacingDeltas.runners(e), e.occurredAt()));
  }

  void onWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunnerWithdrawn e) {
    channels.publishInOrder(status(e.race(), RacingDeltas.withdrawn(e), e.occurredAt()));
  }

  void onPlaces(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlacesPaidChanged e) {
    channels.publishInOrder(status(e.race(), RacingDeltas.places(e), e.occurredAt()));
  }

  void onResult(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResultDeclared e) {
    channels.publishInOrder(status(e.race(), RacingDeltas.result(e), e.occurredAt()));
  }

  void onPrices(@Observes(during = TransactionPhase.AFTER_SUCCESS) RacePricesChanged e) {
    channels.publish(odds(e.race(), RacingDeltas.prices(e), e.occurredAt()));
  }

  void onPools(@Observes(during = TransactionPhase.AFTER_SUCCESS) TotePoolsChanged e) {
    channels.publish(odds(e.race(), RacingDeltas.pools(e), e.occurredAt()));
  }

  void onNews(@Observes(during = TransactionPhase.AFTER_SUCCESS) NewsPublished e) {
    long ts = e.occurredAt().toEpochMilli();
    String item = MeetingJson.news(e.news()).build().toString();
    channels.publish(new Publication("news", NEWS_UPDATE, item, ts));
    String meetingId = e.news().meetingId();
    if (meetingId != null) {
      channels.publish(
          new Publication(
              RacingSnapshots.MEETING + meetingId,
              NEWS_UPDATE,
              MeetingJson.newsOf(meetingId, e.news()),
              ts));
    }
  }

  void onFollower(@Observes(during = TransactionPhase.AFTER_SUCCESS) FollowerNotified e) {
    channels.publish(
        new Publication(
            "user:" + e.subject(),
            NOTIFICATION,
            RacingDeltas.notification(e),
            e.occurredAt().toEpochMilli()));
  }

  private static Publication status(RaceSummary race, String data, Instant at) {
    return new Publication(
        RacingSnapshots.RACE + race.raceId(), RACE_STATUS, data, at.toEpochMilli());
  }

  private static Publication odds(RaceSummary race, String data, Instant at) {
    return new Publication(
        RacingSnapshots.RACE + race.raceId(), ODDS_UPDATE, data, at.toEpochMilli());
  }
}

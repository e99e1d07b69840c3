package com.sportshub.ws.relay;

import com.sportshub.racing.query.RaceJson;
import com.sportshub.racing.query.RacingQueries;
import com.sportshub.ws.hub.SnapshotSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Snapshots of {@code race:{raceId}} (the race card: status, runners with current prices, what the
 * non-runners deduct, pools with dividends, the result) and {@code racing:meeting:{meetingId}} (the
 * meeting, its races and its latest news), in the shapes of their deltas; NOT_FOUND for an unknown
 * race or meeting.
 */
@ApplicationScoped
public class RacingSnapshots implements SnapshotSource {

  static final String RACE = "race:";
  static final String MEETING = "racing:meeting:";
  private static final int NEWS = 20;

  @Inject RacingQueries racing;

  @Override
  public boolean serves(String channel) {
    return channel.startsWith(RACE) || channel.startsWith(MEETING);
  }

  @Override
  public Optional<String> snapshot(String channel) {
    if (channel.startsWith(RACE)) {
      return racing.raceCard(channel.substring(RACE.length())).map(RaceJson::card);
    }
    String meetingId = channel.substring(MEETING.length());
    return racing
        .meeting(meetingId)
        .map(meeting -> MeetingJson.meeting(meeting, racing.news(meetingId, NEWS)));
  }
}

package com.sportshub.racing.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What others may ask of the racing context. Implemented by the racing boundary; the WebSocket
 * layer uses it for the snapshots of race and meeting channels, the REST layer for its reads.
 */
public interface RacingQueries {

  /** The meetings of a day with their races; none is an empty list. */
  List<MeetingView> meetingsOn(LocalDate date);

  /** A meeting with its races, or empty when unknown. */
  Optional<MeetingView> meeting(String meetingId);

  /** A race's full card, or empty when unknown. */
  Optional<RaceCard> raceCard(String raceId);

  /** Every price quoted for a runner, oldest first, or empty when the runner is unknown. */
  Optional<List<PricePoint>> priceHistory(String raceId, int cloth);

  /** The newest news items, of one meeting or (meetingId null) of all, newest first. */
  List<NewsView> news(String meetingId, int limit);

  /** What the user follows, oldest first. */
  List<FollowView> follows(String subject);
}
